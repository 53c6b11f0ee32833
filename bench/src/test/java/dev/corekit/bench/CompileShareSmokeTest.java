package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles one of the catalogue's declarations both ways, once; checks what javac produced, never times. */
class CompileShareSmokeTest {
    @TempDir
    Path work;

    @Test
    void withTheProcessorAndWithoutItJavacProducesTheSameClasses() throws Exception {
        Path declarations = work.resolve("src");
        Path declaration = declarations.resolve("dev/corekit/client/AccountingClassResource.java");
        Files.createDirectories(declaration.getParent());
        Files.copy(Catalogue.declarations().resolve("dev/corekit/client/AccountingClassResource.java"), declaration);
        ByteArrayOutputStream log = new ByteArrayOutputStream();

        CompileShare.Result result = CompileShare.run(
                declarations, 1, work.resolve("out"), new PrintStream(log, true, StandardCharsets.UTF_8));

        assertThat(work.resolve("out/with/dev/corekit/client/AccountingClassApi.class"))
                .exists();
        assertThat(work.resolve("out/without/dev/corekit/client/AccountingClassApi.class"))
                .exists();
        assertThat(work.resolve("out/generated-kept/dev/corekit/client/AccountingClass.java"))
                .exists();
        assertThat(result.generated()).isGreaterThanOrEqualTo(2);
        assertThat(result.classes()).isGreaterThan(result.generated());
        assertThat(result.withMillis()).hasSize(1);
        assertThat(result.withoutMillis()).hasSize(1);
        // The processor ran in the run with it: javac reported its annotation-processing phase.
        assertThat(result.processingMillis().get(0)).isPositive();
        assertThat(log.toString(StandardCharsets.UTF_8)).startsWith("compile run 1 of 1: with the processor ");
    }

    @Test
    void theProcessorAndJavaPoetGoOnTheProcessorPathWhateverTheCheckoutIsCalled() {
        CompileShare.Paths paths = CompileShare.Paths.split(List.of(
                "/work/processor/runtime/target/classes",
                "/work/processor/processor/target/classes",
                "/work/processor/generated-client/target/classes",
                "/m2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar",
                "/m2/dev/corekit/corekit-client/0.1.0/corekit-client-0.1.0.jar",
                "/m2/dev/corekit/corekit-processor/0.1.0/corekit-processor-0.1.0.jar",
                "/m2/com/fasterxml/jackson/core/jackson-databind/2.23.0/jackson-databind-2.23.0.jar"));

        assertThat(paths.classpath())
                .containsExactly(
                        "/work/processor/runtime/target/classes",
                        "/m2/com/fasterxml/jackson/core/jackson-databind/2.23.0/jackson-databind-2.23.0.jar");
        assertThat(paths.processorPath())
                .containsExactly(
                        "/work/processor/processor/target/classes",
                        "/m2/com/palantir/javapoet/javapoet/0.22.0/javapoet-0.22.0.jar",
                        "/m2/dev/corekit/corekit-processor/0.1.0/corekit-processor-0.1.0.jar");
    }
}
