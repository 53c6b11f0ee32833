package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.ApiEndpointException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.error.TokenResponseException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import feign.okhttp.OkHttpClient;
import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Calls go to the company's API base from the token response ({@code endpoint}), and only when the endpoint policy
 * allows it: an endpoint that is refused never receives a connection, let alone the token.
 */
class EndpointTest {

    /** An OkHttp client that resolves every host name to 127.0.0.1, so "remote" hosts can be watched locally. */
    private static OkHttpClient everyHostIsLoopback() {
        return new OkHttpClient(new okhttp3.OkHttpClient.Builder()
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .followRedirects(false)
                .followSslRedirects(false)
                .build());
    }

    /** A client whose identity server is never contacted (the stored tokens are fresh). */
    private static CoreClient.Builder productionLikeClient() {
        return CoreClient.builder()
                .clientId("my-app")
                .clientSecret("my-secret")
                .redirectUri("https://app.example.com/callback")
                .scopes("readwrite:core", "offline_access")
                .identityServer("https://api-identity.bqecore.com/idp")
                .retryPolicy(RetryPolicy.none())
                .httpClient(everyHostIsLoopback());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "//"})
    void theTokensEndpointIsUsedWithoutItsTrailingSlash(String suffix) {
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            CoreClient client = Fixtures.sandboxClient(sandbox).build();
            TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
            Fixtures.store(
                    client,
                    issued.accessToken(),
                    issued.refreshToken(),
                    Instant.now(),
                    sandbox.endpoint(Fixtures.COMPANY) + suffix);

            client.api(ActivityApi.class).list(CoreQuery.all());

            assertThat(sandbox.journal().entries())
                    .extracting(JournalEntry::path)
                    .containsExactly("/api/" + Fixtures.COMPANY + "/activity");
            assertThat(sandbox.journal().last().status()).isEqualTo(200);
        }
    }

    @Test
    void aNewEndpointAfterARefreshIsUsedFromTheNextCall() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/one/", (exchange, seen) -> {
                int status = seen.authorization().equals(List.of("Bearer old-token")) ? 401 : 200;
                TestServer.json(exchange, status, status == 401 ? "\"Not authenticated\"" : "[]");
            });
            server.on("/api/two/", (exchange, seen) -> TestServer.json(exchange, 200, "[{\"code\":\"TWO\"}]"));
            server.on(
                    "/idp/connect/token",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            200,
                            TestServer.tokenResponse("new-token", "refresh-two", server.url() + "/api/two/")));
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.store(client, "old-token", "refresh-one", Instant.now(), server.url() + "/api/one");
            ActivityApi api = client.api(ActivityApi.class);

            api.list(CoreQuery.all());
            List<?> second = api.list(CoreQuery.all());

            assertThat(second).hasSize(1);
            assertThat(server.requests("/idp/connect/token")).hasSize(1);
            List<TestServer.Seen> calls = server.requests("/api/");
            assertThat(calls.get(0).path()).isEqualTo("/api/one/activity");
            assertThat(calls.get(calls.size() - 1).path()).isEqualTo("/api/two/activity");
            assertThat(calls.get(calls.size() - 1).authorization()).containsExactly("Bearer new-token");
            assertThat(client.storedTokens().orElseThrow().endpoint()).isEqualTo(server.url() + "/api/two/");
        }
    }

    @Test
    void aTokenRefreshedAheadOfExpiryTakesItsNewEndpointAtOnce() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            server.on(
                    "/idp/connect/token",
                    (exchange, seen) -> TestServer.json(
                            exchange, 200, TestServer.tokenResponse("new-token", null, server.url() + "/api/two")));
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.storeExpiringSoon(client, "old-token", "refresh-one", server.url() + "/api/one");

            client.api(ActivityApi.class).list(CoreQuery.all());

            assertThat(server.requests("/api/"))
                    .extracting(TestServer.Seen::path)
                    .containsExactly("/api/two/activity");
            assertThat(server.requests("/api/").get(0).authorization()).containsExactly("Bearer new-token");
        }
    }

    @Test
    void withoutStoredTokensNothingIsSent() {
        try (TestServer server = TestServer.start()) {
            server.on("/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreClient client = Fixtures.serverClient(server).build();

            assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                    .isInstanceOf(ReauthorizationRequiredException.class);

            assertThat(server.requests()).isEmpty();
        }
    }

    @Test
    void aPlainHttpLoopbackEndpointIsRefusedWithoutAllowInsecureLoopback() {
        try (TestServer server = TestServer.start()) {
            server.on("/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreClient client = productionLikeClient().httpClient(null).build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), server.url() + "/api");

            assertRefused(client, "127.0.0.1");

            assertThat(server.requests()).isEmpty();
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://user:pw@api.bqecore.com:%d/api",
                "https://evil.example.com:%d/api",
                "https://bqecore.com.evil.com:%d/api",
                "https://evilbqecore.com:%d/api",
                "http://api.bqecore.com:%d/api",
                "https://api.bqecore.com:%d/api?x=1",
                "https://api.bqecore.com:%d/api#frag",
            })
    void aRefusedEndpointNeverReceivesAConnection(String pattern) {
        try (ConnectionCounter evil = new ConnectionCounter()) {
            CoreClient client = productionLikeClient().build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), String.format(pattern, evil.port()));

            assertRefused(client, null);

            assertThat(evil.connections()).isZero();
        }
    }

    @Test
    void theConnectionCounterSeesAnAllowedEndpoint() {
        // The control for the test above: an allowed host does get a connection (TLS then fails on this socket).
        // Only an explicit apiBase may name a port other than 443.
        try (ConnectionCounter host = new ConnectionCounter()) {
            CoreClient client = productionLikeClient()
                    .apiBase("https://api.bqecore.com:" + host.port() + "/api")
                    .build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), null);

            assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                    .isInstanceOf(CoreTransportException.class);

            assertThat(host.connections()).isPositive();
        }
    }

    @Test
    void userInfoOfARefusedEndpointIsNotQuoted() {
        CoreClient client = productionLikeClient().build();
        Fixtures.store(client, "live-token", "refresh", Instant.now(), "https://user:canary-pw@api.bqecore.com/api");

        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isExactlyInstanceOf(ApiEndpointException.class)
                .hasMessageContaining("user-info")
                .hasMessageNotContaining("canary-pw")
                .hasMessageNotContaining("live-token");
    }

    @Test
    void anEndpointRefusedAfterARefreshReceivesNothing() {
        try (TestServer identity = TestServer.start();
                ConnectionCounter evil = new ConnectionCounter()) {
            identity.on(
                    "/idp/connect/token",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            200,
                            TestServer.tokenResponse(
                                    "new-token", "refresh-two", "https://evil.example.com:" + evil.port() + "/api")));
            CoreClient client = Fixtures.serverClient(identity)
                    .httpClient(everyHostIsLoopback())
                    .build();
            Fixtures.storeExpiringSoon(client, "old-token", "refresh-one", identity.url() + "/api/one");

            assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                    .isExactlyInstanceOf(TokenResponseException.class)
                    .hasMessageContaining("endpoint")
                    .hasMessageContaining("evil.example.com")
                    .hasMessageNotContaining("new-token")
                    .hasMessageNotContaining("refresh-two");

            assertThat(client.storedTokens().orElseThrow().accessToken()).isEqualTo("old-token");
            assertThat(identity.requests("/idp/connect/token")).hasSize(1);
            assertThat(identity.requests("/api/")).isEmpty();
            assertThat(evil.connections()).isZero();
        }
    }

    private static void assertRefused(CoreClient client, String host) {
        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isExactlyInstanceOf(ApiEndpointException.class)
                .hasMessageContaining("refused the API endpoint")
                .hasMessageContaining(host == null ? "refused" : host)
                .hasMessageNotContaining("live-token")
                .hasMessageNotContaining("new-token");
    }
}
