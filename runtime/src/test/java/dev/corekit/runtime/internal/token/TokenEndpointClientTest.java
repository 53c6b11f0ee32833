package dev.corekit.runtime.internal.token;

import static dev.corekit.runtime.internal.token.TokenFixtures.COMPANY;
import static dev.corekit.runtime.internal.token.TokenFixtures.allMessages;
import static dev.corekit.runtime.internal.token.TokenFixtures.endpoint;
import static dev.corekit.runtime.internal.token.TokenFixtures.fastRetries;
import static dev.corekit.runtime.internal.token.TokenFixtures.grant;
import static dev.corekit.runtime.internal.token.TokenFixtures.tokenPosts;
import static dev.corekit.runtime.internal.token.TokenFixtures.tokenResponse;
import static dev.corekit.sandbox.SandboxConfig.DEMO_CLIENT_ID;
import static dev.corekit.sandbox.SandboxConfig.DEMO_CLIENT_SECRET;
import static dev.corekit.sandbox.SandboxConfig.DEMO_LOGIN;
import static dev.corekit.sandbox.SandboxConfig.DEMO_REDIRECT_URI;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.http.RetryEngine;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.RecordingSleeper;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TokenEndpointClientTest {
    private static final String CANARY_SECRET = "CANARY-SECRET-3b9f0e7d";

    private CoreSandbox sandbox;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        sleeper = new RecordingSleeper(clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private TokenEndpointClient client(ClientAuthentication method, RetryPolicy retries) {
        return waiting(
                URI.create(sandbox.identityUrl()),
                new ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, method),
                retries);
    }

    /** A client whose waits go to the recording sleeper, on the test clock. */
    private TokenEndpointClient waiting(URI identity, ClientCredentials credentials, RetryPolicy retries) {
        return new TokenEndpointClient(
                OAuthEndpoints.core(identity),
                credentials,
                TokenFixtures.http(),
                new RetryEngine(retries, clock, sleeper),
                TokenFixtures.apiEndpoints());
    }

    private TokenEndpointClient client() {
        return client(ClientAuthentication.BODY, fastRetries());
    }

    private static List<Integer> statuses(List<JournalEntry> entries) {
        List<Integer> statuses = new ArrayList<>();
        entries.forEach(e -> statuses.add(e.status()));
        return statuses;
    }

    @Test
    void refreshWithCredentialsInTheBody() {
        TokenSet old = grant(sandbox, clock).tokens();

        TokenSet fresh = client().refresh(old.refreshToken());

        assertThat(fresh.accessToken()).isNotEqualTo(old.accessToken());
        assertThat(sandbox.tokens()
                        .activeAccess(fresh.accessToken(), sandbox.clock().instant()))
                .isPresent();
        // The sandbox rotates by default.
        assertThat(fresh.refreshToken()).isNotNull().isNotEqualTo(old.refreshToken());
        assertThat(fresh.receivedAt()).isEqualTo(clock.instant());
        assertThat(fresh.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(fresh.endpoint()).isEqualTo(sandbox.endpoint(COMPANY));
        assertThat(fresh.scopes()).containsExactlyInAnyOrder("readwrite:core", "offline_access");

        List<JournalEntry> posts = tokenPosts(sandbox);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).body())
                .contains("grant_type=refresh_token")
                .contains("refresh_token=***")
                .contains("client_id=" + DEMO_CLIENT_ID)
                .contains("client_secret=***");
        assertThat(posts.get(0).header("Authorization")).isNull();
        assertThat(posts.get(0).status()).isEqualTo(200);
    }

    @Test
    void refreshWithHttpBasicCredentials() {
        TokenSet old = grant(sandbox, clock).tokens();

        TokenSet fresh = client(ClientAuthentication.BASIC, fastRetries()).refresh(old.refreshToken());

        assertThat(sandbox.tokens()
                        .activeAccess(fresh.accessToken(), sandbox.clock().instant()))
                .isPresent();
        List<JournalEntry> posts = tokenPosts(sandbox);
        assertThat(posts).hasSize(1);
        assertThat(posts.get(0).header("Authorization")).isEqualTo("Basic ***");
        assertThat(posts.get(0).body()).contains("grant_type=refresh_token").doesNotContain("client_secret");
        assertThat(posts.get(0).status()).isEqualTo(200);
    }

    @Test
    void exchangesAnAuthorizationCode() {
        String code = sandbox.tokens()
                .issueCode(new TokenRegistry.CodeGrant(
                        DEMO_CLIENT_ID,
                        DEMO_REDIRECT_URI,
                        DEMO_LOGIN,
                        COMPANY,
                        Set.of("readwrite:core", "offline_access", "openid"),
                        null,
                        sandbox.clock().instant().plusSeconds(60)));

        TokenSet tokens = client().exchangeCode(code, DEMO_REDIRECT_URI, null);

        assertThat(sandbox.tokens()
                        .activeAccess(tokens.accessToken(), sandbox.clock().instant()))
                .isPresent();
        assertThat(tokens.refreshToken()).isNotNull();
        assertThat(tokens.idToken()).isNotNull();
        assertThat(tokens.endpoint()).isEqualTo(sandbox.endpoint(COMPANY));
        assertThat(tokens.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(tokenPosts(sandbox).get(0).body())
                .contains("grant_type=authorization_code")
                .contains("code=***");
    }

    @Test
    void revokingTheRefreshTokenEndsTheGrant() {
        TokenSet old = grant(sandbox, clock).tokens();

        client().revoke(old.refreshToken(), "refresh_token");

        assertThatThrownBy(() -> client().refresh(old.refreshToken()))
                .isInstanceOfSatisfying(
                        OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
    }

    @Test
    void retries503ThenSucceeds() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").status(503, 2);

        TokenSet fresh = client().refresh(old.refreshToken());

        assertThat(sandbox.tokens()
                        .activeAccess(fresh.accessToken(), sandbox.clock().instant()))
                .isPresent();
        assertThat(statuses(tokenPosts(sandbox))).containsExactly(503, 503, 200);
    }

    @Test
    void retries429AfterTheRetryAfterWaitThenSucceeds() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").rateLimit(1, 1);

        TokenSet fresh = client().refresh(old.refreshToken());

        assertThat(fresh.accessToken()).isNotEqualTo(old.accessToken());
        assertThat(statuses(tokenPosts(sandbox))).containsExactly(429, 200);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void retries503WithRetryAfterAfterTheWait() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").unavailable(1, 1);

        client().refresh(old.refreshToken());

        assertThat(statuses(tokenPosts(sandbox))).containsExactly(503, 200);
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
    }

    @Test
    void theDeadlineIsMeasuredOnTheInjectedClock() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").unavailable(10, 1);
        RetryPolicy brief = RetryPolicy.builder()
                .maxAttempts(10)
                .deadline(Duration.ofMillis(2500))
                .build();

        Throwable thrown =
                catchThrowable(() -> client(ClientAuthentication.BODY, brief).refresh(old.refreshToken()));

        assertThat(thrown).isInstanceOf(CoreException.class).hasMessageContaining("503");
        // A third wait would end at 3 s on the clock, past the 2.5 s deadline.
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(statuses(tokenPosts(sandbox))).containsExactly(503, 503, 503);
    }

    @Test
    void givesUpAfterMaxAttempts() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").status(503, 5);
        RetryPolicy three = RetryPolicy.builder()
                .maxAttempts(3)
                .baseDelay(Duration.ofMillis(10))
                .build();

        Throwable thrown =
                catchThrowable(() -> client(ClientAuthentication.BODY, three).refresh(old.refreshToken()));

        assertThat(thrown).isInstanceOf(CoreException.class).hasMessageContaining("503");
        assertThat(statuses(tokenPosts(sandbox))).containsExactly(503, 503, 503);
    }

    @Test
    void aRetryAfterAboveTheCapIsNotWaitedFor() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").rateLimit(1, 120);
        RetryPolicy capped = RetryPolicy.builder()
                .baseDelay(Duration.ofMillis(10))
                .maxRetryAfter(Duration.ofSeconds(2))
                .build();
        TokenEndpointClient client = client(ClientAuthentication.BODY, capped);

        assertThatThrownBy(() -> client.refresh(old.refreshToken()))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("429");
        assertThat(statuses(tokenPosts(sandbox))).containsExactly(429);

        // The refresh token was not spent: it still works.
        assertThat(client.refresh(old.refreshToken()).accessToken()).isNotNull();
    }

    @Test
    void connectionRefusedIsRetriedThenATransportException() throws Exception {
        int port = freePort();
        RetryPolicy three = RetryPolicy.builder()
                .maxAttempts(3)
                .baseDelay(Duration.ofMillis(10))
                .build();
        TokenEndpointClient client = waiting(
                URI.create("http://127.0.0.1:" + port + "/idp"),
                new ClientCredentials(DEMO_CLIENT_ID, CANARY_SECRET, ClientAuthentication.BODY),
                three);

        Throwable thrown = catchThrowable(() -> client.refresh("CANARY-REFRESH-1"));

        assertThat(thrown).isInstanceOf(CoreTransportException.class);
        assertThat(((CoreTransportException) thrown).path()).isEqualTo("/idp/connect/token");
        assertThat(thrown.getCause()).isInstanceOf(ConnectException.class);
        assertThat(allMessages(thrown)).doesNotContain("CANARY");
    }

    @Test
    void connectionRefusedIsRetriedUntilTheServerListens() throws Exception {
        int port = freePort();
        AtomicReference<LocalHttpServer> server = new AtomicReference<>();
        // The identity server starts listening during the second wait.
        sleeper.onWait(() -> {
            if (sleeper.waits().size() == 2) {
                server.set(LocalHttpServer.start(
                        port,
                        (exchange, body) -> LocalHttpServer.json(exchange, 200, tokenResponse("late-access", null))));
            }
        });
        TokenEndpointClient client = waiting(
                URI.create("http://127.0.0.1:" + port + "/idp"),
                new ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, ClientAuthentication.BODY),
                RetryPolicy.defaults());

        try {
            TokenSet tokens = client.refresh("r1");

            assertThat(tokens.accessToken()).isEqualTo("late-access");
            assertThat(server.get().received()).hasSize(1);
            assertThat(sleeper.waits()).hasSize(2);
        } finally {
            if (server.get() != null) {
                server.get().close();
            }
        }
    }

    @Test
    void aConnectionDroppedAfterSendingIsNotRetried() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").dropConnection(1);
        TokenEndpointClient client = client();

        assertThatThrownBy(() -> client.refresh(old.refreshToken())).isInstanceOf(CoreTransportException.class);

        assertThat(statuses(tokenPosts(sandbox))).containsExactly(0);
    }

    @Test
    void aDroppedReusedConnectionIsNotRetriedEither() {
        TokenSet first = grant(sandbox, clock).tokens();
        TokenSet second = grant(sandbox, clock).tokens();
        TokenEndpointClient client = client();
        // A first request leaves a kept-alive connection in the pool.
        client.refresh(first.refreshToken());
        sandbox.faults().on("connect/token").dropConnection(1);

        assertThatThrownBy(() -> client.refresh(second.refreshToken())).isInstanceOf(CoreTransportException.class);

        assertThat(statuses(tokenPosts(sandbox))).containsExactly(200, 0);
    }

    @Test
    void anOAuthErrorBecomesAnOAuthExceptionWithItsCodeAndDescription() {
        assertThatThrownBy(() -> client().refresh("no-such-refresh-token"))
                .isInstanceOfSatisfying(OAuthException.class, e -> {
                    assertThat(e.error()).isEqualTo("invalid_grant");
                    assertThat(e.description()).isEqualTo("the refresh token is unknown");
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.getMessage()).contains("invalid_grant").contains("the refresh token is unknown");
                });
        // An OAuth error is an answer: it is not retried.
        assertThat(tokenPosts(sandbox)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClientAuthentication.class)
    void aWrongSecretIsInvalidClientAndTheSecretAppearsNowhere(ClientAuthentication method) {
        TokenSet old = grant(sandbox, clock).tokens();
        TokenEndpointClient client = endpoint(
                URI.create(sandbox.identityUrl()),
                new ClientCredentials(DEMO_CLIENT_ID, CANARY_SECRET, method),
                clock,
                fastRetries());

        Throwable thrown = catchThrowable(() -> client.refresh(old.refreshToken()));

        assertThat(thrown).isInstanceOfSatisfying(OAuthException.class, e -> {
            assertThat(e.error()).isEqualTo("invalid_client");
            assertThat(e.status()).isEqualTo(401);
        });
        assertThat(allMessages(thrown)).doesNotContain(CANARY_SECRET);
        assertThat(client.toString()).doesNotContain(CANARY_SECRET);
        assertThat(client.credentials().toString()).doesNotContain(CANARY_SECRET);
    }

    @ParameterizedTest
    @EnumSource(ClientAuthentication.class)
    void theSecretAppearsInNoExceptionOfAnyFailure(ClientAuthentication method) {
        TokenSet old = grant(sandbox, clock).tokens();
        RetryPolicy two = RetryPolicy.builder()
                .maxAttempts(2)
                .baseDelay(Duration.ofMillis(10))
                .build();
        TokenEndpointClient client = endpoint(
                URI.create(sandbox.identityUrl()),
                new ClientCredentials(DEMO_CLIENT_ID, CANARY_SECRET, method),
                clock,
                two);
        List<Throwable> thrown = new ArrayList<>();

        sandbox.faults().on("connect/token").status(503, 2);
        thrown.add(catchThrowable(() -> client.refresh(old.refreshToken())));
        sandbox.faults().on("connect/token").rateLimit(1, 3600);
        thrown.add(catchThrowable(() -> client.refresh(old.refreshToken())));
        sandbox.faults().on("connect/token").dropConnection(1);
        thrown.add(catchThrowable(() -> client.refresh(old.refreshToken())));
        sandbox.faults().on("connect/token").malformedBody(1);
        thrown.add(catchThrowable(() -> client.refresh(old.refreshToken())));
        thrown.add(catchThrowable(() -> client.refresh(old.refreshToken())));
        thrown.add(catchThrowable(() -> client.exchangeCode("CANARY-CODE", DEMO_REDIRECT_URI, "CANARY-VERIFIER")));
        thrown.add(catchThrowable(() -> client.revoke(old.refreshToken(), "refresh_token")));

        assertThat(thrown).hasSize(7).doesNotContainNull();
        for (Throwable t : thrown) {
            assertThat(t).isInstanceOf(CoreException.class);
            assertThat(allMessages(t))
                    .doesNotContain(CANARY_SECRET)
                    .doesNotContain(old.refreshToken())
                    .doesNotContain("CANARY-CODE")
                    .doesNotContain("CANARY-VERIFIER");
        }
    }

    @Test
    void aMalformedTokenResponseIsACoreException() {
        TokenSet old = grant(sandbox, clock).tokens();
        sandbox.faults().on("connect/token").malformedBody(1);

        assertThatThrownBy(() -> client().refresh(old.refreshToken()))
                .isInstanceOf(CoreException.class)
                .isNotInstanceOf(OAuthException.class);
        // A 200 is an answer, even a broken one: not sent again.
        assertThat(tokenPosts(sandbox)).hasSize(1);
    }

    @Test
    void aTokenResponseWithoutExpiresInNamesTheFieldButNotTheToken() {
        try (LocalHttpServer server = LocalHttpServer.start((exchange, body) -> LocalHttpServer.json(
                exchange, 200, "{\"access_token\":\"CANARY-ACCESS-77\",\"token_type\":\"Bearer\"}"))) {
            TokenEndpointClient client = endpoint(
                    server.identityUrl(),
                    new ClientCredentials(DEMO_CLIENT_ID, DEMO_CLIENT_SECRET, ClientAuthentication.BODY),
                    clock,
                    fastRetries());

            Throwable thrown = catchThrowable(() -> client.refresh("r1"));

            assertThat(thrown).isInstanceOf(CoreException.class).hasMessageContaining("expires_in");
            assertThat(allMessages(thrown)).doesNotContain("CANARY");
        }
    }

    @Test
    void aNonJsonErrorBodyIsNotQuoted() {
        try (LocalHttpServer server = LocalHttpServer.start((exchange, body) -> {
            byte[] page = ("<html>bad request: " + body + "</html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(400, page.length);
            exchange.getResponseBody().write(page);
        })) {
            TokenEndpointClient client = endpoint(
                    server.identityUrl(),
                    new ClientCredentials(DEMO_CLIENT_ID, CANARY_SECRET, ClientAuthentication.BODY),
                    clock,
                    fastRetries());

            Throwable thrown = catchThrowable(() -> client.refresh("CANARY-REFRESH-9"));

            assertThat(thrown)
                    .isInstanceOfSatisfying(
                            OAuthException.class, e -> assertThat(e.status()).isEqualTo(400));
            assertThat(allMessages(thrown)).doesNotContain("CANARY");
        }
    }

    /**
     * CoreException promises that no message holds a client secret or token. An identity server that echoes what it
     * received in {@code error_description} must not make corekit break that promise.
     */
    @Test
    void anErrorDescriptionEchoingTheSecretOrTokenIsNotRepeated() {
        try (LocalHttpServer server = LocalHttpServer.start((exchange, body) -> LocalHttpServer.json(
                exchange,
                400,
                "{\"error\":\"invalid_grant\",\"error_description\":\"rejected request " + body.replace("\"", "")
                        + "\"}"))) {
            TokenEndpointClient client = endpoint(
                    server.identityUrl(),
                    new ClientCredentials(DEMO_CLIENT_ID, CANARY_SECRET, ClientAuthentication.BODY),
                    clock,
                    fastRetries());

            Throwable thrown = catchThrowable(() -> client.refresh("CANARY-REFRESH-42"));

            assertThat(thrown)
                    .isInstanceOfSatisfying(
                            OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_grant"));
            assertThat(server.received().get(0).body()).contains(CANARY_SECRET);
            assertThat(allMessages(thrown)).doesNotContain(CANARY_SECRET).doesNotContain("CANARY-REFRESH-42");
        }
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
