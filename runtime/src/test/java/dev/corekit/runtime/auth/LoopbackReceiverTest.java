package dev.corekit.runtime.auth;

import static dev.corekit.runtime.auth.FlowFixture.follow;
import static dev.corekit.runtime.auth.FlowFixture.get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.junit.CoreSandboxExtension;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoopbackReceiverTest {
    @RegisterExtension
    static final CoreSandboxExtension SANDBOX = CoreSandboxExtension.configure(
            b -> b.configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")));

    private static ClientCredentials nativeApp() {
        return new ClientCredentials(SandboxConfig.DEMO_NATIVE_CLIENT_ID, null, ClientAuthentication.BODY);
    }

    /** Waits in the background, as the app's thread would while the user is in the browser. */
    private static CompletableFuture<Map<String, String>> awaitInBackground(LoopbackReceiver receiver) {
        return CompletableFuture.supplyAsync(() -> receiver.await(Duration.ofSeconds(20)));
    }

    @Test
    void listensOnARandomLoopbackPort() {
        try (LoopbackReceiver first = LoopbackReceiver.start();
                LoopbackReceiver second = LoopbackReceiver.start()) {
            assertThat(first.redirectUri().toString()).matches("http://127\\.0\\.0\\.1:\\d+/callback");
            assertThat(first.redirectUri().getPort())
                    .isPositive()
                    .isNotEqualTo(second.redirectUri().getPort());
        }
    }

    @Test
    void listensOnAGivenPortAndPath() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        }
        try (LoopbackReceiver receiver = LoopbackReceiver.start(port, "/oauth/core")) {
            assertThat(receiver.redirectUri()).isEqualTo(URI.create("http://127.0.0.1:" + port + "/oauth/core"));
        }
    }

    @Test
    void refusesBadSettings() {
        assertThatThrownBy(() -> LoopbackReceiver.start(0, "callback")).isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> LoopbackReceiver.start(0, "/callback?x=1"))
                .isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> LoopbackReceiver.start(70000, "/callback"))
                .isInstanceOf(CoreConfigurationException.class);
        try (LoopbackReceiver taken = LoopbackReceiver.start()) {
            assertThatThrownBy(() -> LoopbackReceiver.start(taken.redirectUri().getPort(), "/callback"))
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageContaining("loopbackPort");
        }
    }

    @Test
    void answersTheBrowserWithAPageThatDoesNotShowTheCode() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            CompletableFuture<Map<String, String>> waiting = awaitInBackground(receiver);

            HttpResponse<String> page =
                    get(URI.create(receiver.redirectUri() + "?code=S3CRET-c0de&state=st4te&companyId=acme"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
            assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
            assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
            assertThat(page.body()).contains("You can close this window").doesNotContain("S3CRET-c0de", "st4te");
            assertThat(waiting.get(10, TimeUnit.SECONDS))
                    .containsOnly(entry("code", "S3CRET-c0de"), entry("state", "st4te"), entry("companyId", "acme"));
        }
    }

    @Test
    void anErrorCallbackGetsAnEscapedErrorPage() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            CompletableFuture<Map<String, String>> waiting = awaitInBackground(receiver);

            HttpResponse<String> page = get(URI.create(receiver.redirectUri()
                    + "?error=access_denied&error_description=%3Cscript%3Ealert(1)%3C%2Fscript%3E&state=s"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body())
                    .contains("access_denied", "&lt;script&gt;", "You can close this window")
                    .doesNotContain("<script>");
            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsEntry("error", "access_denied");
        }
    }

    @Test
    void otherPathsGet404AndDoNotEndTheWait() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            CompletableFuture<Map<String, String>> waiting = awaitInBackground(receiver);
            URI base = receiver.redirectUri();

            assertThat(get(base.resolve("/favicon.ico")).statusCode()).isEqualTo(404);
            assertThat(get(base.resolve("/callback/extra?code=x&state=y")).statusCode())
                    .isEqualTo(404);
            assertThat(get(base.resolve("/callback")).statusCode()).isEqualTo(400);
            assertThat(waiting).isNotDone();

            get(URI.create(base + "?code=real&state=s"));

            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsEntry("code", "real");
        }
    }

    @Test
    void halfARequestLineFromAnotherProcessDoesNotKeepTheCallbackOut() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start();
                Socket stalled = new Socket(
                        InetAddress.getByName("127.0.0.1"),
                        receiver.redirectUri().getPort())) {
            stalled.getOutputStream().write("GET /callback?co".getBytes(StandardCharsets.US_ASCII));
            stalled.getOutputStream().flush();
            CompletableFuture<Map<String, String>> waiting = awaitInBackground(receiver);

            HttpResponse<String> page = get(URI.create(receiver.redirectUri() + "?code=real&state=s"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsEntry("code", "real");
        }
    }

    @Test
    void stalledConnectionsBelowTheBoundDoNotKeepTheCallbackOut() throws Exception {
        List<Socket> stalled = new ArrayList<>();
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            for (int i = 0; i < LoopbackReceiver.MAX_CONNECTIONS - 1; i++) {
                Socket socket = new Socket(
                        InetAddress.getByName("127.0.0.1"),
                        receiver.redirectUri().getPort());
                stalled.add(socket);
                socket.getOutputStream().write("GET /callback?code=stalled".getBytes(StandardCharsets.US_ASCII));
            }

            HttpResponse<String> page = get(URI.create(receiver.redirectUri() + "?code=real&state=s"));

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(receiver.await(Duration.ofSeconds(10))).containsEntry("code", "real");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void aRequestForAnotherHostIsRefusedAndCompletesNothing() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            CompletableFuture<Map<String, String>> waiting = awaitInBackground(receiver);
            int port = receiver.redirectUri().getPort();
            String callback = "GET /callback?code=forged&state=s HTTP/1.1\r\n";

            assertThat(statusLine(port, callback + "Host: attacker.example:" + port + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 421");
            assertThat(statusLine(port, callback + "Host: localhost:" + (port + 1) + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 421");
            assertThat(statusLine(port, callback + "Host: 127.0.0.1:" + (port + 1) + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 421");
            assertThat(statusLine(port, callback + "Host: 127.0.0.1\r\n\r\n")).startsWith("HTTP/1.1 421");
            assertThat(statusLine(port, callback + "\r\n")).startsWith("HTTP/1.1 400");
            assertThat(statusLine(
                            port,
                            callback + "Host: 127.0.0.1:" + port + "\r\nHost: attacker.example:" + port + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 400");
            assertThat(waiting).isNotDone();

            assertThat(statusLine(
                            port, "GET /callback?code=real&state=s HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");

            assertThat(waiting.get(10, TimeUnit.SECONDS)).containsEntry("code", "real");
        }
    }

    @Test
    void aCallbackAddressedToLocalhostOnItsPortIsTaken() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            int port = receiver.redirectUri().getPort();

            assertThat(statusLine(
                            port, "GET /callback?code=real&state=s HTTP/1.1\r\nHost: LocalHost:" + port + "\r\n\r\n"))
                    .startsWith("HTTP/1.1 200");

            assertThat(receiver.await(Duration.ofSeconds(10))).containsEntry("code", "real");
        }
    }

    /** Sends {@code request} on a new connection and returns the first line of the answer. */
    private static String statusLine(int port, String request) throws IOException {
        try (Socket socket = new Socket(InetAddress.getByName("127.0.0.1"), port)) {
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            String line = in.readLine();
            return line == null ? "" : line;
        }
    }

    @Test
    void aSecondCallbackIsAnsweredButNotDelivered() {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            // A reload of the callback page, before the app has even started waiting.
            HttpResponse<String> first = get(URI.create(receiver.redirectUri() + "?code=first&state=s"));
            HttpResponse<String> second = get(URI.create(receiver.redirectUri() + "?code=second&state=s"));

            assertThat(first.statusCode()).isEqualTo(200);
            assertThat(second.statusCode()).isEqualTo(200);
            assertThat(second.body()).contains("already received").doesNotContain("second");
            assertThat(receiver.await(Duration.ofSeconds(5))).containsEntry("code", "first");
        }
    }

    @Test
    void timesOutQuicklyAndClosesTheServer() {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            long started = System.nanoTime();

            assertThatThrownBy(() -> receiver.await(Duration.ofMillis(200)))
                    .isInstanceOf(AuthorizationTimeoutException.class)
                    .isInstanceOf(CoreException.class)
                    .satisfies(e -> assertThat(((AuthorizationTimeoutException) e).timeout())
                            .isEqualTo(Duration.ofMillis(200)));

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
            assertThatThrownBy(() -> get(receiver.redirectUri())).isInstanceOf(UncheckedIOException.class);
        }
    }

    @Test
    void theWaitIsInterruptible() throws Exception {
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            AtomicReference<Throwable> thrown = new AtomicReference<>();
            AtomicReference<Boolean> flagKept = new AtomicReference<>();
            Thread waiter = new Thread(() -> {
                try {
                    receiver.await(Duration.ofMinutes(5));
                } catch (RuntimeException e) {
                    thrown.set(e);
                    flagKept.set(Thread.currentThread().isInterrupted());
                }
            });
            waiter.start();
            Thread.sleep(200);

            waiter.interrupt();
            waiter.join(5000);

            assertThat(waiter.isAlive()).isFalse();
            assertThat(thrown.get()).isInstanceOf(CoreException.class).hasCauseInstanceOf(InterruptedException.class);
            assertThat(flagKept.get()).isTrue();
        }
    }

    @Test
    void theWholeFlowWithAFakeBrowser() {
        FlowFixture fixture = new FlowFixture(SANDBOX.sandbox(), nativeApp());
        AtomicReference<HttpResponse<String>> page = new AtomicReference<>();

        AuthorizationResult result;
        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            result = fixture.flow.authorizeWithLoopback(receiver, Duration.ofSeconds(20), authorize -> {
                URI callback = follow(authorize);
                assertThat(callback.toString()).startsWith(receiver.redirectUri() + "?");
                page.set(get(callback));
            });
        }

        assertThat(result.tokens().endpoint()).endsWith("/api/demo-company-a/");
        assertThat(fixture.manager.stored()).contains(result.tokens());
        assertThat(page.get().statusCode()).isEqualTo(200);
        assertThat(page.get().body()).contains("You can close this window");
        String sentRedirect =
                FlowFixture.decode(fixture.tokenRequests().get(0).body()).get("redirect_uri");
        assertThat(sentRedirect).matches("http://127\\.0\\.0\\.1:\\d+/callback");
    }

    @Test
    void theWholeFlowTimesOutWhenTheBrowserNeverComesBack() {
        FlowFixture fixture = new FlowFixture(SANDBOX.sandbox(), nativeApp());

        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            assertThatThrownBy(() -> fixture.flow.authorizeWithLoopback(receiver, Duration.ofMillis(300), uri -> {}))
                    .isInstanceOf(AuthorizationTimeoutException.class);
        }

        assertThat(fixture.tokenRequests()).isEmpty();
        assertThat(fixture.flow.toString()).contains("pending=0");
    }

    @Test
    void aBrowserThatCannotOpenCancelsTheRequest() {
        FlowFixture fixture = new FlowFixture(SANDBOX.sandbox(), nativeApp());

        try (LoopbackReceiver receiver = LoopbackReceiver.start()) {
            assertThatThrownBy(() -> fixture.flow.authorizeWithLoopback(receiver, Duration.ofSeconds(5), uri -> {
                        throw new IllegalStateException("no desktop");
                    }))
                    .isInstanceOf(IllegalStateException.class);
        }

        assertThat(fixture.flow.toString()).contains("pending=0");
    }
}
