package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreBadRequestException;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import feign.Logger;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * With Feign's FULL logging through SLF4J (slf4j-simple writes to System.err, see {@code simplelogger.properties}),
 * every request and response is logged, and no line shows a token or the client secret.
 */
class LoggingTest {
    private PrintStream originalErr;
    private ByteArrayOutputStream captured;

    @BeforeEach
    void capture() {
        originalErr = System.err;
        captured = new ByteArrayOutputStream();
        OutputStream tee = new OutputStream() {
            @Override
            public synchronized void write(int b) {
                captured.write(b);
                originalErr.write(b);
            }

            @Override
            public synchronized void write(byte[] b, int off, int len) {
                captured.write(b, off, len);
                originalErr.write(b, off, len);
            }
        };
        System.setErr(new PrintStream(tee, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setErr(originalErr);
    }

    private List<String> lines() {
        System.err.flush();
        return Arrays.stream(captured.toString(StandardCharsets.UTF_8).split("\\R"))
                .filter(line -> !line.isBlank())
                .toList();
    }

    @Test
    void fullLoggingShowsRequestsButNoTokenOrSecret() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/one/activity", (exchange, seen) -> {
                if (!seen.authorization().equals(List.of("Bearer canaryNewAccess7f3a"))) {
                    TestServer.json(exchange, 401, "\"Not authenticated\"");
                } else if (seen.method().equals("POST")) {
                    TestServer.json(exchange, 201, "{\"code\":\"X\",\"token\":\"canaryEcho7f3a\"}");
                } else if (seen.query() != null) {
                    TestServer.json(exchange, 400, "{\"Message\":\"bad where\",\"access_token\":\"canaryErr7f3a\"}");
                } else {
                    TestServer.json(exchange, 200, "[{\"code\":\"DEV\"}]");
                }
            });
            server.on(
                    "/idp/connect/token",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            200,
                            TestServer.tokenResponse("canaryNewAccess7f3a", "canaryRefresh2x7f3a", null)));
            CoreClient client = Fixtures.serverClient(server)
                    .clientSecret("canarySecret7f3a")
                    .logLevel(Logger.Level.FULL)
                    .build();
            Fixtures.store(
                    client, "canaryOldAccess7f3a", "canaryRefresh7f3a", Instant.now(), server.url() + "/api/one");
            ActivityApi api = client.api(ActivityApi.class);

            api.list(CoreQuery.all());
            api.create(Fixtures.activity("X"));
            assertThatThrownBy(() ->
                            api.list(CoreQuery.builder().where("code='DEV'").build()))
                    .isInstanceOf(CoreBadRequestException.class);

            assertThat(server.requests("/api/")).hasSize(4);
            assertThat(server.requests("/idp/connect/token")).hasSize(1);
            List<String> lines = lines();
            assertThat(lines)
                    .filteredOn(l -> l.contains("dev.corekit.runtime.http.feign"))
                    .anySatisfy(l -> assertThat(l).contains("---> GET " + server.url() + "/api/one/activity"))
                    .anySatisfy(l -> assertThat(l).contains("<--- HTTP/1.1 401"))
                    .anySatisfy(l -> assertThat(l).contains("bad where"));
            assertThat(lines)
                    .filteredOn(l -> l.contains("Authorization: Bearer ***"))
                    .hasSizeGreaterThanOrEqualTo(4);
            assertThat(lines).noneSatisfy(l -> assertThat(l).containsIgnoringCase("canary"));
        }
    }

    @Test
    void fullLoggingAgainstTheSandboxShowsNoIssuedToken() {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            Fixtures.seedActivity(sandbox, "DEV");
            CoreClient client =
                    Fixtures.sandboxClient(sandbox).logLevel(Logger.Level.FULL).build();
            TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
            // A dead access token: the call is refused, refreshed and replayed with the sandbox's new token.
            Fixtures.store(
                    client,
                    "deadAccessToken7f3a",
                    issued.refreshToken(),
                    Instant.now(),
                    sandbox.endpoint(Fixtures.COMPANY));
            ActivityApi api = client.api(ActivityApi.class);

            api.list(CoreQuery.all());
            api.create(Fixtures.activity("NEW"));

            String newAccess = client.storedTokens().orElseThrow().accessToken();
            String newRefresh = client.storedTokens().orElseThrow().refreshToken();
            assertThat(newAccess).isNotEqualTo("deadAccessToken7f3a");
            List<String> lines = lines();
            assertThat(lines)
                    .filteredOn(l -> l.contains("Authorization: Bearer ***"))
                    .hasSizeGreaterThanOrEqualTo(3);
            for (String secret : List.of(
                    "deadAccessToken7f3a",
                    issued.accessToken(),
                    issued.refreshToken(),
                    newAccess,
                    newRefresh == null ? "no-refresh-token" : newRefresh,
                    SandboxConfig.DEMO_CLIENT_SECRET)) {
                assertThat(lines).as("lines showing a secret").noneMatch(l -> l.contains(secret));
            }
        }
    }

    /**
     * A server that echoes the bare access token in its status line, a header and the body, with line and paragraph
     * separators in the body: at every level, no line shows the token and none is forged.
     */
    @ParameterizedTest
    @EnumSource(
            value = Logger.Level.class,
            names = {"BASIC", "HEADERS", "FULL"})
    void anEchoedBareTokenIsMaskedAtEveryLevelAndEveryLineStaysOne(Logger.Level level) throws Exception {
        String token = "canaryBare9c4e";
        String body =
                "{\"Message\":\"no " + token + "\u2028FORGED line\",\"echo\":\"" + token + "\u2029FORGED\\r\\nline\"}";
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            CompletableFuture<String> seen = CompletableFuture.supplyAsync(() -> answerOnce(
                    server,
                    "HTTP/1.1 404 " + token + "\r\nX-Echo: " + token + "\r\nContent-Type: application/json\r\n"
                            + "Connection: close\r\n",
                    body));
            String base = "http://127.0.0.1:" + server.getLocalPort();
            CoreClient client = Fixtures.loopbackClient(base).logLevel(level).build();
            Fixtures.store(client, token, "canaryRefresh9c4e", Instant.now(), base + "/api/one");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> client.api(ActivityApi.class).get("42"));

            assertThat(seen.get()).contains("Authorization: Bearer " + token);
            assertThat(thrown).isInstanceOf(CoreNotFoundException.class);
            assertThat(thrown.getMessage()).doesNotContain(token).doesNotContain("\u2028");
            String all = captured.toString(StandardCharsets.UTF_8);
            assertThat(all).doesNotContain("\u2028").doesNotContain("\u2029");
            List<String> lines = lines();
            assertThat(lines)
                    .filteredOn(l -> l.contains("dev.corekit.runtime.http.feign"))
                    .anySatisfy(l -> assertThat(l).contains("<--- HTTP/1.1 404"));
            assertThat(lines).noneSatisfy(l -> assertThat(l).contains("canary"));
            assertThat(lines).noneSatisfy(l -> assertThat(l).startsWith("FORGED"));
        }
    }

    /** Reads one request's head and answers it with {@code head} and {@code body}; returns the request's head. */
    private static String answerOnce(ServerSocket server, String head, String body) {
        try (Socket socket = server.accept()) {
            BufferedReader in =
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder request = new StringBuilder();
            for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                request.append(line).append('\n');
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            socket.getOutputStream()
                    .write((head + "Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(bytes);
            socket.getOutputStream().flush();
            return request.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
