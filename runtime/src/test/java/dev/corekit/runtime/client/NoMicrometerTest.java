package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.ChildJvm;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Micrometer is optional: an app whose class path lacks it calls CORE as usual, and loads no class of corekit's
 * Micrometer binding.
 */
class NoMicrometerTest {
    @TempDir
    Path temp;

    @Test
    void aClientWithoutMicrometerOnItsClassPathCallsTheSandboxAndLoadsNoMetricsBinding() throws Exception {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            Fixtures.seedActivity(sandbox, "DEV");
            TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
            String full = ChildJvm.snapshotClassPath(temp, NoMicrometerMain.class, CoreClient.class);
            List<String> entries = Arrays.asList(full.split(File.pathSeparator));
            List<String> without =
                    entries.stream().filter(entry -> !isMicrometer(entry)).toList();
            assertThat(entries).as("this test's class path has Micrometer").anyMatch(NoMicrometerTest::isMicrometer);
            Path classLog = temp.resolve("classes.log");

            Process child = ChildJvm.command(
                            List.of("-Xlog:class+load=info:file=" + classLog),
                            String.join(File.pathSeparator, without),
                            NoMicrometerMain.class,
                            sandbox.endpoint(Fixtures.COMPANY),
                            issued.accessToken())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(output.lines().toList()).containsExactly("micrometer absent", "1 DEV");
            assertThat(sandbox.journal().filter(e -> e.path().contains("/activity")))
                    .extracting(e -> e.method() + " " + e.status())
                    .containsExactly("GET 200", "GET 200");
            List<String> loaded = loadedClasses(classLog);
            assertThat(loaded).contains(CoreClient.class.getName());
            assertThat(loaded).noneMatch(name -> name.startsWith("io.micrometer."));
            assertThat(loaded).noneMatch(name -> name.startsWith("dev.corekit.runtime.micrometer."));
        }
    }

    /** A jar of Micrometer or of what only Micrometer brings (its histograms). */
    private static boolean isMicrometer(String entry) {
        String path = entry.replace('\\', '/');
        return path.contains("/io/micrometer/")
                || path.contains("/org/hdrhistogram/")
                || path.contains("/latencyutils/");
    }

    private static List<String> loadedClasses(Path classLog) throws IOException {
        try (Stream<String> lines = Files.lines(classLog)) {
            return lines.map(line -> line.substring(line.indexOf("] ", line.indexOf("[class,load]")) + 2))
                    .map(rest -> rest.substring(0, rest.indexOf(' ')))
                    .collect(Collectors.toList());
        }
    }
}
