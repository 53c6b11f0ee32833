package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.ChildJvm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a fresh JVM loads up to its first call through a client built with stored tokens: nothing of what that call
 * does not use. SLF4J starts (and looks for a provider, slf4j-simple on this class path) only when corekit first logs;
 * the identity server's JDK HTTP client only when the identity server is called; no record's generated {@code equals}
 * or {@code hashCode} runs on the way (their bootstrap costs a fresh JVM milliseconds).
 */
class FirstCallFootprintTest {
    @TempDir
    Path temp;

    @Test
    void theFirstCallWithStoredTokensLoadsNoSlf4jNoJdkHttpClientAndNoRecordMethodBootstrap() throws Exception {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/activity/",
                    (exchange, seen) -> TestServer.json(exchange, 200, "{\"id\":\"a1\",\"name\":\"Design\"}"));
            Path classLog = temp.resolve("classes.log");
            String classPath = ChildJvm.snapshotClassPath(temp, FirstCallMain.class, CoreClient.class);
            Process child = ChildJvm.command(
                            List.of("-Xlog:class+load=info:file=" + classLog),
                            classPath,
                            FirstCallMain.class,
                            server.url() + "/api")
                    .redirectErrorStream(true)
                    .start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

            assertThat(output).isEqualTo("Design" + System.lineSeparator());
            assertThat(server.requests()).singleElement().satisfies(call -> {
                assertThat(call.method() + " " + call.path()).isEqualTo("GET /api/activity/a1");
                assertThat(call.authorization()).containsExactly("Bearer " + FirstCallMain.ACCESS_TOKEN);
            });
            List<String> loaded = loadedClasses(classLog);
            assertThat(loaded).contains(CoreClient.class.getName());
            assertThat(loaded).noneMatch(name -> name.startsWith("org.slf4j."));
            assertThat(loaded).noneMatch(name -> name.startsWith("java.net.http."));
            // A record's generated equals and hashCode bootstrap through it: tens of method handle classes.
            assertThat(loaded).doesNotContain("java.lang.runtime.ObjectMethods");
        }
    }

    /** The class names of a {@code -Xlog:class+load} file: {@code [0.012s][info][class,load] java.lang.Object source: ...}. */
    private static List<String> loadedClasses(Path classLog) throws IOException {
        try (Stream<String> lines = Files.lines(classLog)) {
            return lines.map(line -> line.substring(line.indexOf("] ", line.indexOf("[class,load]")) + 2))
                    .map(rest -> rest.substring(0, rest.indexOf(' ')))
                    .toList();
        }
    }
}
