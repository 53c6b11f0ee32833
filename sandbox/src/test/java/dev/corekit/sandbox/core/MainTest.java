package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The standalone server's arguments and banner, in process (the packaged jar is run by StandaloneJarIT). */
class MainTest {
    @TempDir
    Path dir;

    private static CoreSandbox start(String... args) throws Exception {
        Method start = Class.forName("dev.corekit.sandbox.Main").getDeclaredMethod("start", String[].class);
        start.setAccessible(true);
        return (CoreSandbox) start.invoke(null, (Object) args);
    }

    private static String banner(CoreSandbox sandbox) throws Exception {
        Method print = Class.forName("dev.corekit.sandbox.Main")
                .getDeclaredMethod("printBanner", CoreSandbox.class, PrintStream.class);
        print.setAccessible(true);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        print.invoke(null, sandbox, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void portAndConfigFile() throws Exception {
        Path config = dir.resolve("c.json");
        Files.writeString(
                config,
                "{\"users\": [{\"login\": \"ann@example.com\", \"password\": \"pw\","
                        + " \"companies\": [{\"id\": \"acme\", \"name\": \"Acme\"}]}]}");

        try (CoreSandbox sandbox = start("--port", "0", "--config", config.toString())) {
            String banner = banner(sandbox);
            HttpResponse<String> discovery = SandboxHttp.send(
                    HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/.well-known/openid-configuration")));

            assertThat(sandbox.port()).isPositive();
            assertThat(sandbox.config().user("ann@example.com")).isNotNull();
            assertThat(banner)
                    .contains("base URL        " + sandbox.baseUrl())
                    .contains(sandbox.endpoint("acme") + "  (Acme)")
                    .contains("client id " + SandboxConfig.DEMO_CLIENT_ID)
                    .contains("redirect URI " + SandboxConfig.DEMO_REDIRECT_URI)
                    .contains(SandboxConfig.DEMO_LOGIN);
            assertThat(discovery.statusCode()).isEqualTo(200);
        }
    }

    @Test
    void badArgumentsAreNamed() {
        assertThatThrownBy(() -> start("--port", "x")).hasRootCauseMessage("--port needs a number, got 'x'");
        assertThatThrownBy(() -> start("--port")).hasRootCauseMessage("--port needs a value");
        assertThatThrownBy(() -> start("--config", dir.resolve("none.json").toString()))
                .rootCause()
                .hasMessageContaining("--config file not found");
        assertThatThrownBy(() -> start("--verbose")).hasRootCauseMessage("unknown argument '--verbose'");
    }

    @Test
    void helpStartsNothing() throws Exception {
        assertThat(start("--help")).isNull();
    }
}
