package dev.corekit.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.PrintStream;
import java.io.StringReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The quick start as a user runs it: three runs against its embedded sandbox (a login, then a run that reuses the
 * stored token, then one "later" that refreshes it), and the CORE mode against a sandbox standing in for CORE, with a
 * loopback redirect URI and with a pasted callback.
 */
class QuickStartTest {
    private static final Pattern AUTHORIZE = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/idp/connect/authorize\\S+)");

    private static final BufferedReader EMPTY = new BufferedReader(new StringReader(""));

    @TempDir
    Path dir;

    @Test
    void logsInOnceThenReusesTheStoredTokenAndRefreshesItWhenDue() {
        String first = run(Map.of());

        assertThat(first)
                .contains("authorize URL", "logged in", "scopes readwrite:core offline_access")
                .containsPattern(row("created", "activity"))
                .containsPattern(row("updated", "activity"))
                .containsPattern(row("deleted", "activity"))
                .containsPattern(row("created", "time entry"))
                .containsPattern(row("updated", "time entry"))
                .containsPattern(row("deleted", "time entry"))
                .contains("streaming time entries: page 5 arrived", "230 in 5 pages of up to 50")
                .contains("GET now answers 404 (CoreNotFoundException)");

        String second = run(Map.of());

        assertThat(second)
                .contains("no login: reusing the token an earlier run stored in")
                .doesNotContain("authorize URL", "seeded the sandbox", "refreshed the access token")
                .containsPattern(row("deleted", "time entry"));

        String later = run(Map.of(), EMPTY, "PT5M", null);

        assertThat(later)
                .contains("no login", "expired at", "refreshed the access token")
                .containsPattern(row("refreshed", "token"))
                .doesNotContain("authorize URL")
                .containsPattern(row("deleted", "activity"));
    }

    @Test
    void againstCoreReceivesTheRedirectOnTheLoopbackAddress() {
        try (CoreSandbox core = CoreSandbox.start()) {
            seedProjectAndEmployee(core, "demo-company-b");
            Map<String, String> env = Map.of(
                    "CORE_CLIENT_ID", SandboxConfig.DEMO_CLIENT_ID,
                    "CORE_CLIENT_SECRET", SandboxConfig.DEMO_CLIENT_SECRET,
                    "CORE_REDIRECT_URI", SandboxConfig.DEMO_REDIRECT_URI,
                    "CORE_IDENTITY_SERVER", core.identityUrl(),
                    "CORE_QUICKSTART_WRITE", "true");

            String output = run(
                    env,
                    EMPTY,
                    null,
                    authorize -> followToTheReceiver(core.approve(
                            authorize, SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "demo-company-b")));

            assertThat(output)
                    .contains("against " + core.identityUrl())
                    .contains("client secret set, not shown")
                    .contains("waiting for the redirect on http://127.0.0.1:")
                    .contains("company demo-company-b")
                    .containsPattern(row("created", "activity"))
                    .containsPattern(row("created", "time entry"))
                    .containsPattern(row("deleted", "activity"))
                    .doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET);
            assertThat(core.journal().entries("/activity")).isNotEmpty();
            assertThat(run(env)).contains("no login: reusing the token");
        }
    }

    @Test
    void againstCoreListensOnTheRegisteredLocalhostPort() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String redirect = "http://localhost:" + port + "/done";
        try (CoreSandbox core = CoreSandbox.builder()
                .configure(c ->
                        c.app(new SandboxApp("desktop-app", null, "Desktop", List.of(redirect), SandboxApp.ALL_SCOPES)))
                .start()) {
            Map<String, String> env = Map.of(
                    "CORE_CLIENT_ID",
                    "desktop-app",
                    "CORE_REDIRECT_URI",
                    redirect,
                    "CORE_IDENTITY_SERVER",
                    core.identityUrl());

            String output = run(env, EMPTY, null, authorize -> followToTheReceiver(core.approve(authorize)));

            assertThat(output)
                    .contains("no client secret: a native app, PKCE")
                    .contains("waiting for the redirect on " + redirect)
                    .contains("logged in")
                    .containsPattern(row("streamed", "time entry"));
        }
    }

    @Test
    void againstCoreTakesThePastedCallbackAndOnlyReadsUnlessAllowedToWrite() throws IOException {
        String redirect = "https://app.example.com/core/callback";
        try (CoreSandbox core = CoreSandbox.builder()
                .configure(c -> c.app(
                        new SandboxApp("web-app", "s3cret-value", "Web app", List.of(redirect), SandboxApp.ALL_SCOPES)))
                .start()) {
            Map<String, String> env = Map.of(
                    "CORE_CLIENT_ID",
                    "web-app",
                    "CORE_CLIENT_SECRET",
                    "s3cret-value",
                    "CORE_REDIRECT_URI",
                    redirect,
                    "CORE_IDENTITY_SERVER",
                    core.identityUrl());
            PipedWriter keyboard = new PipedWriter();
            BufferedReader in = new BufferedReader(new PipedReader(keyboard));

            String output = run(env, in, null, authorize -> {
                try {
                    // The browser is sent to the app's https address, which nothing serves here: the user pastes it.
                    keyboard.write(core.approve(authorize) + "\n");
                    keyboard.flush();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });

            assertThat(output)
                    .contains("paste that whole address")
                    .contains("logged in")
                    .containsPattern(row("listed", "activity"))
                    .containsPattern(row("streamed", "time entry"))
                    .containsPattern(row("skipped", "activity"))
                    .doesNotContain("s3cret-value")
                    .doesNotContainPattern(row("created", "activity"));
            assertThat(core.journal().entries("/activity"))
                    .allSatisfy(call -> assertThat(call.method()).isEqualTo("GET"));
        }
    }

    @Test
    void settingsNameWhatIsMissing() {
        Properties none = new Properties();

        assertThatThrownBy(() -> QuickStartSettings.read(Map.of("CORE_CLIENT_ID", "x"), none))
                .hasMessageContaining("CORE_REDIRECT_URI");
        assertThatThrownBy(() -> QuickStartSettings.read(Map.of("CORE_CLIENT_SECRET", "x"), none))
                .hasMessageContaining("CORE_CLIENT_ID");
        Properties later = new Properties();
        later.setProperty("quickstart.later", "five minutes");
        assertThatThrownBy(() -> QuickStartSettings.read(Map.of(), later)).hasMessageContaining("PT5M");
        assertThat(QuickStartSettings.read(
                                Map.of(
                                        "CORE_CLIENT_ID",
                                        "id",
                                        "CORE_CLIENT_SECRET",
                                        "top",
                                        "CORE_REDIRECT_URI",
                                        "x:/y"),
                                none)
                        .toString())
                .doesNotContain("top");
    }

    /**
     * Runs the quick start in {@link #dir} and returns what it printed; {@code browser}, if given, is handed the
     * authorize URL once it is printed, on another thread.
     */
    private String run(Map<String, String> env) {
        return run(env, EMPTY, null, null);
    }

    private String run(Map<String, String> env, BufferedReader in, String later, Consumer<URI> browser) {
        Properties properties = new Properties();
        properties.setProperty("quickstart.dir", dir.toString());
        if (later != null) {
            properties.setProperty("quickstart.later", later);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new SynchronizedStream(bytes), true, StandardCharsets.UTF_8);
        CompletableFuture<Void> browsing = browser == null
                ? CompletableFuture.completedFuture(null)
                : CompletableFuture.runAsync(() -> browser.accept(awaitAuthorizeUrl(bytes)));
        int status = new QuickStart(QuickStartSettings.read(new HashMap<>(env), properties), out, in).run();
        browsing.join();
        String output = text(bytes);
        assertThat(status).as("exit status; output:%n%s", output).isZero();
        return output;
    }

    /** A row of the quick start's table, whatever the column widths. */
    private static String row(String step, String resource) {
        return "\\| " + step + " +\\| " + resource + " +\\|";
    }

    private static URI awaitAuthorizeUrl(ByteArrayOutputStream bytes) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Matcher url = AUTHORIZE.matcher(text(bytes));
            if (url.find()) {
                return URI.create(url.group(1));
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the quick start printed no authorize URL:\n" + text(bytes));
    }

    private static String text(ByteArrayOutputStream bytes) {
        synchronized (bytes) {
            return bytes.toString(StandardCharsets.UTF_8);
        }
    }

    /** The browser, sent on from the sandbox's consent page to the app's loopback redirect URI. */
    private static void followToTheReceiver(URI callback) {
        try {
            HttpClient.newHttpClient()
                    .send(HttpRequest.newBuilder(callback).build(), HttpResponse.BodyHandlers.discarding());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void seedProjectAndEmployee(CoreSandbox sandbox, String company) {
        var json = JsonNodeFactory.instance;
        sandbox.api().company(company).put("project", json.objectNode().put("name", "Audit"));
        sandbox.api().company(company).put("employee", json.objectNode().put("displayName", "Ann"));
    }

    /** Lets the test read what the quick start wrote so far, while it writes. */
    private static final class SynchronizedStream extends java.io.OutputStream {
        private final ByteArrayOutputStream bytes;

        SynchronizedStream(ByteArrayOutputStream bytes) {
            this.bytes = bytes;
        }

        @Override
        public void write(int b) {
            synchronized (bytes) {
                bytes.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            synchronized (bytes) {
                bytes.write(b, off, len);
            }
        }
    }
}
