package dev.corekit.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The README's figures of what corekit-client brings to an app at run time are this build's: the jars Maven resolves
 * for the runtime scope of corekit-client (the build lists them in {@code target/runtime-dependencies.txt}), their
 * number and the size of the libraries among them, with and without OkHttp.
 */
class RuntimeFootprintTest {
    /** The most jars corekit-client may put on an app's class path, itself included. */
    private static final int MOST_JARS = 12;

    /** What an app excludes to run on the JDK's HTTP client instead of OkHttp. */
    private static final Set<String> OKHTTP = Set.of("okhttp", "okio-jvm", "kotlin-stdlib");

    private static final Pattern LINE =
            Pattern.compile("([^:\\s]+):([^:]+):([^:]+):(?:[^:]+:)?([^:]+):(?:compile|runtime):(.+)");
    private static final Pattern FIGURES = Pattern.compile(
            "gets (\\d+) jars at run time: `corekit-client`, `corekit-runtime` and (\\d+) libraries of ([0-9.]+) MiB"
                    + ".*?without OkHttp, (\\d+) jars with (\\d+) libraries of ([0-9.]+) MiB",
            Pattern.DOTALL);

    private record Jar(String groupId, String artifactId, Path file) {
        boolean corekit() {
            return groupId.equals("dev.corekit");
        }

        long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static List<Jar> jars;
    private static String paragraph;

    @BeforeAll
    static void read() throws IOException {
        jars = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("target/runtime-dependencies.txt"), StandardCharsets.UTF_8)) {
            // Without --batch-mode Maven colours the module names: drop the escapes and the module note.
            String plain = line.replaceAll("\u001B\\[[0-9;]*m", "")
                    .replaceFirst(" -- .*", "")
                    .trim();
            Matcher matcher = LINE.matcher(plain);
            if (matcher.matches()) {
                jars.add(new Jar(matcher.group(1), matcher.group(2), Path.of(matcher.group(5))));
            }
        }
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("**What corekit-client brings.**");
        assertThat(start)
                .as("the README's paragraph '**What corekit-client brings.**'")
                .isNotNegative();
        int end = readme.indexOf("\n\n", start);
        paragraph = readme.substring(start, end < 0 ? readme.length() : end).replaceAll("\\s+", " ");
    }

    @Test
    void theListHoldsCorekitRuntimeAndItsLibraries() {
        assertThat(jars).extracting(Jar::artifactId).contains("corekit-runtime", "feign-core", "jackson-databind");
        assertThat(jars).extracting(Jar::artifactId).doesNotContain("corekit-client");
    }

    @Test
    void corekitClientBringsAtMostTwelveJars() {
        assertThat(jars.size() + 1)
                .as("jars at run time, corekit-client included: %s", jars)
                .isLessThanOrEqualTo(MOST_JARS);
    }

    @Test
    void oneVersionOfEachLibrary() {
        assertThat(jars)
                .extracting(jar -> jar.groupId() + ":" + jar.artifactId())
                .doesNotHaveDuplicates();
        assertThat(jars)
                .extracting(Jar::artifactId)
                .as("empty or metadata-only jars of Kotlin and okio")
                .doesNotContain(
                        "kotlin-stdlib-jdk7", "kotlin-stdlib-jdk8", "kotlin-stdlib-common", "okio", "annotations");
    }

    @Test
    void theReadmeStatesTheFigures() {
        List<Jar> libraries = jars.stream().filter(jar -> !jar.corekit()).toList();
        List<Jar> withoutOkHttp = libraries.stream()
                .filter(jar -> !OKHTTP.contains(jar.artifactId()))
                .toList();

        Matcher figures = FIGURES.matcher(paragraph);
        assertThat(figures.find())
                .as("the README states the figures as /%s/:%n%s", FIGURES, paragraph)
                .isTrue();
        assertThat(figures.group(1)).as("jars").isEqualTo(Integer.toString(jars.size() + 1));
        assertThat(figures.group(2)).as("libraries").isEqualTo(Integer.toString(libraries.size()));
        assertThat(figures.group(3)).as("MiB of libraries").isEqualTo(mebibytes(libraries));
        assertThat(figures.group(4)).as("jars without OkHttp").isEqualTo(Integer.toString(withoutOkHttp.size() + 2));
        assertThat(figures.group(5)).as("libraries without OkHttp").isEqualTo(Integer.toString(withoutOkHttp.size()));
        assertThat(figures.group(6)).as("MiB of libraries without OkHttp").isEqualTo(mebibytes(withoutOkHttp));
        for (Jar library : libraries) {
            assertThat(paragraph)
                    .as("the README names %s", library.artifactId())
                    .contains("`" + library.artifactId() + "`");
        }
    }

    private static String mebibytes(List<Jar> jars) {
        long bytes = jars.stream().mapToLong(Jar::size).sum();
        return String.format(Locale.ROOT, "%.1f", bytes / (1024.0 * 1024.0));
    }
}
