package dev.corekit.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public types of corekit-spring-boot-autoconfigure, read from its compiled classes, are those listed in
 * {@code public-types.txt}: what an application may name (the auto-configurations, which Spring Boot loads by name,
 * the properties, the exceptions and the API of {@code dev.corekit.spring.boot}). A change of the surface is a
 * deliberate edit of that list; everything else stays package-private.
 */
class PublicTypesTest {
    @Test
    void thePublicTypesAreTheListedOnes() throws Exception {
        Set<String> actual = publicTypes();
        assertThat(actual)
                .as("public types of corekit-spring-boot-autoconfigure; a deliberate change of the surface edits"
                        + " public-types.txt to:\n" + String.join("\n", actual) + "\n")
                .isEqualTo(listed());
    }

    @Test
    void theAutoConfigurationsArePublicFinal() throws Exception {
        try (InputStream in = getClass()
                .getClassLoader()
                .getResourceAsStream(
                        "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports")) {
            assertThat(in).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    int modifiers = Class.forName(line.strip()).getModifiers();
                    assertThat(Modifier.isPublic(modifiers) && Modifier.isFinal(modifiers))
                            .as(line + " is public final")
                            .isTrue();
                }
            }
        }
    }

    /** The types of this module's class directory that an application can name. */
    private static Set<String> publicTypes() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(CoreConnections.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String binary =
                        classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (binary.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(binary, false, PublicTypesTest.class.getClassLoader());
                if (visible(type)) {
                    names.add(type.getCanonicalName());
                }
            }
        }
        return names;
    }

    private static boolean visible(Class<?> type) {
        for (Class<?> t = type; t != null; t = t.getEnclosingClass()) {
            if (!Modifier.isPublic(t.getModifiers()) || t.isAnonymousClass() || t.isLocalClass()) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> listed() throws IOException {
        try (InputStream in = PublicTypesTest.class.getResourceAsStream("public-types.txt")) {
            assertThat(in).as("public-types.txt beside the test").isNotNull();
            Set<String> names = new TreeSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    names.add(line.strip());
                }
            }
            return names;
        }
    }
}
