package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The packaged jar, started the way the README says: {@code java -jar corekit-sandbox-VERSION.jar --port N}. */
class StandaloneJarIT {

    @Test
    void startsWithAPortAndServesDiscovery() throws Exception {
        assertThat(StandaloneJar.jar()).exists();
        try (StandaloneJar jar = StandaloneJar.start(List.of())) {
            assertThat(jar.banner())
                    .contains("corekit-demo")
                    .contains("demo@corekit.dev")
                    .contains("admin API       " + jar.baseUrl() + "/__admin");

            HttpResponse<String> discovery = SandboxHttp.send(
                    HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/idp/.well-known/openid-configuration")));

            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"" + jar.baseUrl() + "/idp\"");
        }
        assertThat(Files.exists(StandaloneJar.jar().resolveSibling("lib"))).isTrue();
    }

    @Test
    void noAdminTurnsTheAdminApiOff() throws Exception {
        try (StandaloneJar jar = StandaloneJar.start(List.of(), "--no-admin")) {
            HttpResponse<String> admin =
                    SandboxHttp.send(HttpRequest.newBuilder(URI.create(jar.baseUrl() + "/__admin/clock")));

            assertThat(admin.statusCode()).isEqualTo(404);
            assertThat(jar.banner()).doesNotContain("admin API");
        }
    }
}
