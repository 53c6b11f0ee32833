package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, started the way the README says: {@code java -jar corekit-sandbox-VERSION.jar --port N}. */
class StandaloneJarIT {

    @Test
    void startsWithAPortAndServesDiscovery() throws Exception {
        Path jar = Path.of(System.getProperty("sandbox.jar"));
        assertThat(jar).exists();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "--port", "0")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader out =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            List<String> banner = new ArrayList<>();
            String base = null;
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                banner.add(line);
                if (line.trim().startsWith("base URL")) {
                    base = line.trim().substring("base URL".length()).trim();
                }
                if (line.startsWith("Stop with")) {
                    break;
                }
            }
            assertThat(base).as(String.join("\n", banner)).startsWith("http://127.0.0.1:");
            assertThat(String.join("\n", banner)).contains("corekit-demo").contains("demo@corekit.dev");

            HttpResponse<String> discovery = SandboxHttp.send(
                    HttpRequest.newBuilder(URI.create(base + "/idp/.well-known/openid-configuration")));

            assertThat(discovery.statusCode()).isEqualTo(200);
            assertThat(discovery.body()).contains("\"issuer\":\"" + base + "/idp\"");
        } finally {
            process.destroy();
            assertThat(process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(Files.exists(jar.resolveSibling("lib"))).isTrue();
    }
}
