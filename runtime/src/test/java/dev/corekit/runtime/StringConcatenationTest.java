package dev.corekit.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * corekit-runtime is compiled with {@code -XDstringConcat=inline}: no class of it concatenates through an
 * {@code invokedynamic} call site, which a fresh JVM links on first use (milliseconds for each new shape), and which
 * neither Feign, OkHttp nor Jackson makes the JVM link on a client's first call.
 */
class StringConcatenationTest {
    @Test
    void noRuntimeClassLinksStringConcatFactory() throws Exception {
        Path classes = Path.of(CoreClient.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<Path> files;
        try (Stream<Path> tree = Files.walk(classes)) {
            files = tree.filter(path -> path.toString().endsWith(".class")).toList();
        }
        assertThat(files).hasSizeGreaterThan(100);
        assertThat(files.stream()
                        .filter(StringConcatenationTest::bootstrapsConcatenation)
                        .toList())
                .isEmpty();
    }

    /** Whether the class's constant pool names {@code StringConcatFactory.makeConcatWithConstants}. */
    private static boolean bootstrapsConcatenation(Path classFile) {
        try {
            return new String(Files.readAllBytes(classFile), StandardCharsets.ISO_8859_1)
                    .contains("makeConcatWithConstants");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
