package com.example.timesheets;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as its users meet it, against the sandbox: "Connect to CORE" posts to the starter's controller,
 * the demo user logs in and consents on the sandbox's pages, CORE sends the browser back to the app's callback, and
 * the app then lists the connected company's activities.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
class ConnectCompanyTest {
    static final CoreSandbox sandbox = CoreSandbox.start();
    // The redirect URI names the app's port, so the port is chosen before the app starts.
    static final int port = freePort();
    static final String app = "http://127.0.0.1:" + port;

    @TempDir
    static Path data;

    @DynamicPropertySource
    static void sandboxAndApp(DynamicPropertyRegistry properties) {
        // What the environment sets in production (application.yml reads them), here the sandbox's demo app.
        properties.add("CORE_CLIENT_ID", () -> SandboxConfig.DEMO_CLIENT_ID);
        properties.add("CORE_CLIENT_SECRET", () -> SandboxConfig.DEMO_CLIENT_SECRET);
        properties.add("APP_URL", () -> app);
        properties.add("APP_DATA", () -> data.toString());
        // CORE is the sandbox, on plain http on 127.0.0.1.
        properties.add("corekit.identity-server", sandbox::identityUrl);
        properties.add("corekit.allow-insecure-loopback", () -> true);
        properties.add("server.port", () -> port);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    // A browser: it keeps cookies, and the test follows each redirect itself, to check where it goes.
    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    @Test
    void connectsTheCompanyOnCoresPagesAndListsItsActivities() throws Exception {
        sandbox.journal().clear();
        for (String code : List.of("DEV", "QA")) {
            sandbox.api()
                    .company("demo-company-a")
                    .put("activity", JsonNodeFactory.instance.objectNode().put("code", code).put("name", code));
        }

        // The app's "Connect to CORE" form posts here; the starter sends the browser to CORE's log-in.
        HttpResponse<String> connect = browser.send(
                HttpRequest.newBuilder(URI.create(app + "/corekit/connect"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", app)
                        .header("Sec-Fetch-Site", "same-origin")
                        .POST(HttpRequest.BodyPublishers.ofString("returnTo=/activities"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(connect.statusCode()).isEqualTo(303);
        URI authorize = URI.create(connect.headers().firstValue("Location").orElseThrow());
        assertThat(authorize.toString())
                .startsWith(sandbox.identityUrl() + "/connect/authorize?")
                .contains("client_id=" + SandboxConfig.DEMO_CLIENT_ID)
                .contains("redirect_uri=" + encoded(app + "/callback"));
        assertThat(connect.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie).startsWith("COREKIT_LOGIN_").containsIgnoringCase("HttpOnly"));

        // The demo user logs in and consents on the sandbox's pages; CORE redirects the browser to the callback.
        URI callback = sandbox.approve(authorize);
        assertThat(callback.toString()).startsWith(app + "/callback?");
        HttpResponse<String> back = browser.send(
                HttpRequest.newBuilder(callback).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(back.statusCode()).as("the callback's answer: %s", back.body()).isEqualTo(303);
        URI returned = URI.create(app).resolve(back.headers().firstValue("Location").orElseThrow());
        assertThat(returned).isEqualTo(URI.create(app + "/activities"));

        HttpResponse<String> activities =
                browser.send(HttpRequest.newBuilder(returned).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(activities.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readValue(activities.body(), String[].class))
                .containsExactly("DEV", "QA");

        // What CORE saw: the code exchanged once, by the demo app, then the list with the token it issued.
        List<JournalEntry> token = sandbox.journal().entries("/connect/token");
        assertThat(token).hasSize(1);
        assertThat(token.get(0).status()).isEqualTo(200);
        assertThat(token.get(0).body())
                .contains("grant_type=authorization_code")
                .contains("redirect_uri=" + encoded(app + "/callback"));
        List<JournalEntry> listed = sandbox.journal().entries("/api/demo-company-a/activity");
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).status()).isEqualTo(200);
        assertThat(listed.get(0).header("Authorization")).startsWith("Bearer ");
        // The tokens are in the file store under APP_DATA, as application.yml says.
        assertThat(data.resolve("corekit-tokens")).isDirectory();
        try (Stream<Path> files = Files.walk(data.resolve("corekit-tokens"))) {
            assertThat(files.filter(Files::isRegularFile)).isNotEmpty();
        }
    }

    @Test
    void aPostFromAnotherSiteIsRefusedWithoutReachingCore() throws Exception {
        sandbox.journal().clear();

        HttpResponse<String> connect = browser.send(
                HttpRequest.newBuilder(URI.create(app + "/corekit/connect"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Origin", "https://attacker.example")
                        .header("Sec-Fetch-Site", "cross-site")
                        .POST(HttpRequest.BodyPublishers.ofString("returnTo=/activities"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(connect.statusCode()).isEqualTo(403);
        assertThat(connect.headers().firstValue("Location")).isEmpty();
        assertThat(connect.headers().allValues("Set-Cookie")).noneMatch(c -> c.startsWith("COREKIT_LOGIN_"));
        assertThat(sandbox.journal().entries()).isEmpty();
    }

    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
