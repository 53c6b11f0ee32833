package dev.corekit.processor.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compiler;
import dev.corekit.processor.CoreProcessor;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;
import javax.annotation.processing.Processor;
import org.junit.jupiter.api.Test;

/** What build tools read from the processor jar to find and schedule the processor. */
class IncrementalDeclarationTest {

    @Test
    void gradleSeesADynamicProcessor() throws Exception {
        try (InputStream in =
                getClass().getClassLoader().getResourceAsStream("META-INF/gradle/incremental.annotation.processors")) {
            assertThat(in).isNotNull();
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip())
                    .isEqualTo("dev.corekit.processor.CoreProcessor,dynamic");
        }
    }

    @Test
    void javacFindsTheProcessorThroughServiceLoader() {
        assertThat(ServiceLoader.load(Processor.class))
                .anyMatch(p -> p.getClass().getName().equals("dev.corekit.processor.CoreProcessor"));
    }

    @Test
    void isolatingWithoutAFacadeAggregatingWithOne() {
        CoreProcessor plain = new CoreProcessor();
        Compiler.javac().withProcessors(plain).compile(Sources.ALL);
        CoreProcessor withFacade = new CoreProcessor();
        Compiler.javac()
                .withProcessors(withFacade)
                .withOptions("-Acorekit.facade=com.acme.core.Core")
                .compile(Sources.ALL);

        assertThat(plain.getSupportedOptions())
                .containsExactlyInAnyOrder("corekit.facade", "org.gradle.annotation.processing.isolating");
        assertThat(withFacade.getSupportedOptions())
                .containsExactlyInAnyOrder("corekit.facade", "org.gradle.annotation.processing.aggregating");
    }
}
