package dev.corekit.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.core.StandaloneJar;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 400 MiB bodies, streamed from a generator, against the standalone jar on a 128 MiB heap: each is answered without
 * being read whole, and the sandbox keeps serving.
 */
class HostileBodiesJarIT {
    private static final long HUGE = 400L * 1024 * 1024;

    private static StandaloneJar jar;

    @BeforeAll
    static void start() throws Exception {
        jar = StandaloneJar.start(List.of("-Xmx128m"));
    }

    @AfterAll
    static void stop() throws Exception {
        jar.close();
    }

    private RawHttp.Answer post(String path, boolean chunked, String... headers) throws Exception {
        try (RawHttp http = new RawHttp(jar.port())) {
            String[] all = new String[headers.length + 1];
            System.arraycopy(headers, 0, all, 0, headers.length);
            all[headers.length] = chunked ? "Transfer-Encoding: chunked" : "Content-Length: " + HUGE;
            RawHttp.Answer answer = http.head("POST " + path + " HTTP/1.1", all)
                    .streamBody(HUGE, chunked)
                    .answer();
            assertThat(http.bodyBytesSent())
                    .as("body bytes sent before the answer")
                    .isLessThan(HUGE);
            return answer;
        }
    }

    @Test
    void aHugeTokenRequestIs413() throws Exception {
        RawHttp.Answer answer = post("/idp/connect/token", true, "Content-Type: application/x-www-form-urlencoded");

        assertThat(answer.status()).isEqualTo(413);
        assertStillServes();
    }

    @Test
    void aHugeApiCallWithoutCredentialsIsNotAuthenticated() throws Exception {
        RawHttp.Answer chunked = post("/api/demo-company-a/activity", true, "Content-Type: application/json");
        RawHttp.Answer declared = post("/api/demo-company-a/activity", false, "Content-Type: application/json");

        assertThat(chunked.status()).isEqualTo(200);
        assertThat(chunked.body()).isEqualTo("\"Not authenticated\"");
        assertThat(declared.status()).isEqualTo(200);
        assertStillServes();
    }

    @Test
    void aHugeAdminBodyIs413() throws Exception {
        RawHttp.Answer answer = post("/__admin/data/demo-company-a/activity", true, "Content-Type: application/json");

        assertThat(answer.status()).isEqualTo(413);
        assertStillServes();
    }

    private static void assertStillServes() throws Exception {
        assertThat(jar.isAlive()).isTrue();
        try (RawHttp http = new RawHttp(jar.port())) {
            RawHttp.Answer discovery = http.head("GET /idp/.well-known/openid-configuration HTTP/1.1")
                    .answer();
            assertThat(discovery.status()).isEqualTo(200);
        }
    }
}
