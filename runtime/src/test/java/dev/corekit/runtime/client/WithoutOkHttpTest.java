package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.ChildJvm;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An app may leave OkHttp out: in a JVM whose class path lacks OkHttp's jars (okhttp, okio-jvm, kotlin-stdlib),
 * corekit's default client is the JDK's, and a setting that only OkHttp takes, or a class path that lacks only some of
 * OkHttp's jars, is a {@code CoreConfigurationException} naming the missing jar.
 */
class WithoutOkHttpTest {
    @TempDir
    java.nio.file.Path temp;

    /** Runs {@link WithoutOkHttpMain} on the test class path without the jars whose path contains one of {@code left}. */
    private List<String> run(TestServer server, String... left) throws Exception {
        String full = ChildJvm.snapshotClassPath(temp, WithoutOkHttpMain.class, CoreClient.class);
        String classPath = Arrays.stream(full.split(File.pathSeparator))
                .filter(entry -> Arrays.stream(left).noneMatch(entry::contains))
                .collect(Collectors.joining(File.pathSeparator));
        assertThat(classPath).as("the class path shrank").isNotEqualTo(full);
        Process child = ChildJvm.command(List.of(), classPath, WithoutOkHttpMain.class, server.url() + "/api")
                .redirectErrorStream(true)
                .start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return output.lines().toList();
    }

    private static TestServer activityServer() {
        TestServer server = TestServer.start();
        server.on(
                "/api/activity/",
                (exchange, seen) -> TestServer.json(exchange, 200, "{\"id\":\"a1\",\"name\":\"Design\"}"));
        return server;
    }

    @Test
    void withoutOkHttpsJarsTheDefaultClientIsTheJdks() throws Exception {
        try (TestServer server = activityServer()) {
            List<String> output =
                    run(server, "/com/squareup/okhttp3/", "/com/squareup/okio/", "/org/jetbrains/kotlin/");

            assertThat(output)
                    .containsExactly(
                            "okhttp3.OkHttpClient: absent",
                            "okio.Buffer: absent",
                            "kotlin.Unit: absent",
                            "default client: Design",
                            "maxIdleConnections: CoreConfigurationException: maxIdleConnections: sizes"
                                    + " the pool of OkHttp, the default client, but com.squareup.okhttp3:okhttp is not"
                                    + " on the class path (corekit then uses the JDK's HTTP client): add it, or leave"
                                    + " maxIdleConnections unset");
            assertThat(server.requests()).singleElement().satisfies(call -> {
                assertThat(call.method() + " " + call.path()).isEqualTo("GET /api/activity/a1");
                assertThat(call.header("User-Agent")).startsWith("Java-http-client/");
                assertThat(call.authorization()).containsExactly("Bearer access");
            });
        }
    }

    @Test
    void okHttpWithoutTheKotlinStandardLibraryIsNamed() throws Exception {
        try (TestServer server = activityServer()) {
            List<String> output = run(server, "/org/jetbrains/kotlin/");

            assertThat(output)
                    .startsWith("okhttp3.OkHttpClient: present", "okio.Buffer: present", "kotlin.Unit: absent")
                    .contains("default client: CoreConfigurationException: httpClient: OkHttp, the"
                            + " default client, is on the class path but org.jetbrains.kotlin:kotlin-stdlib, which it"
                            + " needs, is not: add org.jetbrains.kotlin:kotlin-stdlib, or leave out"
                            + " com.squareup.okhttp3:okhttp as well to use the JDK's HTTP client");
            assertThat(server.requests()).isEmpty();
        }
    }
}
