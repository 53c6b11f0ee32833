package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.ServerSocket;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The OAuth endpoints: CORE's layout under {@code identityServer} by default, set one by one, or read from the
 * issuer's OpenID Connect discovery document at {@code build()} (and only then), checked field by field.
 */
class OAuthEndpointsTest {
    private static CoreSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, Fixtures.COMPANY))
                .start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    private static CoreClient.Builder demoApp() {
        return CoreClient.builder()
                .clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("openid", "email", "readwrite:core", "offline_access")
                .allowInsecureLoopback();
    }

    @Test
    void discoveryReadsTheEndpointsAtBuildAndTheFlowUsesThem() {
        sandbox.journal().clear();
        CoreClient client = demoApp().discover(sandbox.identityUrl()).build();

        assertThat(sandbox.journal().entries())
                .extracting(JournalEntry::method, JournalEntry::path)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("GET", "/idp/.well-known/openid-configuration"));
        AuthorizationRequest request = client.authorization().start();
        assertThat(request.uri().toString()).startsWith(sandbox.identityUrl() + "/connect/authorize?");
        client.authorization().complete(Browser.callback(request.uri()));
        client.api(ActivityApi.class).list(CoreQuery.all());
        JsonNode claims = client.userInfo();
        client.revoke();

        assertThat(claims.get("email").asText()).isEqualTo(SandboxConfig.DEMO_LOGIN);
        assertThat(sandbox.journal().entries())
                .extracting(JournalEntry::path)
                .containsExactly(
                        "/idp/.well-known/openid-configuration",
                        "/idp/connect/authorize",
                        "/idp/connect/token",
                        "/api/" + Fixtures.COMPANY + "/activity",
                        "/idp/connect/userinfo",
                        "/idp/connect/revocation");
    }

    @Test
    void withoutDiscoveryBuildSendsNothing() {
        sandbox.journal().clear();

        demoApp().identityServer(sandbox.identityUrl()).build();

        assertThat(sandbox.journal().entries()).isEmpty();
    }

    @Test
    void endpointsSetOneByOneAreUsedForEachRequest() {
        try (TestServer idp = TestServer.start()) {
            idp.on(
                    "/oauth2/token",
                    (exchange, seen) -> TestServer.json(
                            exchange, 200, TestServer.tokenResponse("access-1", "refresh-1", idp.url() + "/api/a")));
            idp.on("/oauth2/me", (exchange, seen) -> TestServer.json(exchange, 200, "{\"sub\":\"user-1\"}"));
            idp.on("/oauth2/revoke", (exchange, seen) -> TestServer.json(exchange, 200, "{}"));
            CoreClient client = Fixtures.serverClient(idp)
                    .authorizationEndpoint(idp.url() + "/oauth2/authorize?tenant=acme")
                    .tokenEndpoint(idp.url() + "/oauth2/token")
                    .userInfoEndpoint(idp.url() + "/oauth2/me")
                    .revocationEndpoint(idp.url() + "/oauth2/revoke")
                    .build();

            AuthorizationRequest request = client.authorization().start();
            client.authorization().complete(Map.of("code", "code-1", "state", request.state()));
            JsonNode claims = client.userInfo();
            client.revoke();

            assertThat(request.uri().toString()).startsWith(idp.url() + "/oauth2/authorize?tenant=acme&client_id=");
            assertThat(claims.get("sub").asText()).isEqualTo("user-1");
            assertThat(idp.requests())
                    .extracting(TestServer.Seen::path)
                    .containsExactly("/oauth2/token", "/oauth2/me", "/oauth2/revoke");
            assertThat(idp.requests("/idp/")).isEmpty();
            assertThat(client.isAuthorized()).isFalse();
        }
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "authorizationEndpoint | http://idp.example.com/authorize",
                "tokenEndpoint | https://user:pw@idp.example.com/token",
                "revocationEndpoint | ftp://idp.example.com/revoke",
                "userInfoEndpoint | /userinfo",
                "tokenEndpoint | https://idp.example.com/token#x",
                "tokenEndpoint | https://u:pw@idp.example.com/to ken",
            })
    void anEndpointSetByHandIsChecked(String setting, String value) {
        CoreClient.Builder builder = CoreClient.builder()
                .clientId("id")
                .redirectUri("https://app.example.com/callback")
                .scopes("readwrite:core");
        switch (setting) {
            case "authorizationEndpoint" -> builder.authorizationEndpoint(value);
            case "tokenEndpoint" -> builder.tokenEndpoint(value);
            case "revocationEndpoint" -> builder.revocationEndpoint(value);
            default -> builder.userInfoEndpoint(value);
        }

        assertThatThrownBy(builder::build)
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageStartingWith(setting + ": ")
                .hasMessageNotContaining("pw@")
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo(setting));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "issuer | \"https://other.example.com\" | issuer",
                "issuer | null | issuer is missing",
                "token_endpoint | null | has no token_endpoint",
                "authorization_endpoint | 42 | authorization_endpoint is not a string",
                "token_endpoint | \"http://idp.example.com/token\" | token_endpoint must be https",
                "userinfo_endpoint | \"https://u:p@idp.example.com/me\" | userinfo_endpoint must not carry user-info",
                "revocation_endpoint | \"not a uri\" | revocation_endpoint is not a valid URI",
            })
    void aDiscoveryDocumentIsCheckedFieldByField(String field, String json, String problem) {
        try (TestServer idp = TestServer.start()) {
            String issuer = idp.url() + "/issuer";
            UnaryOperator<String> doc = value -> "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                    + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\"}";
            String body = doc.apply(issuer).replace("}", ",\"" + field + "\":" + json + "}");
            if (json.equals("null")) {
                body = body.replaceFirst("\"" + field + "\":\"[^\"]*\",?", "");
            }
            String answer = body;
            idp.on(
                    "/issuer/.well-known/openid-configuration",
                    (exchange, seen) -> TestServer.json(exchange, 200, answer));

            assertThatThrownBy(() -> demoApp().discover(issuer).build())
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageStartingWith("discover: ")
                    .hasMessageContaining(problem)
                    .hasMessageNotContaining("u:p@");
            assertThat(idp.requests()).hasSize(1);
        }
    }

    @Test
    void aDiscoveryDocumentThatIsNotThereIsAConfigurationError() {
        try (TestServer idp = TestServer.start()) {
            idp.on("/broken/.well-known/", (exchange, seen) -> TestServer.send(exchange, 200, "text/html", "<html>"));

            assertThatThrownBy(() -> demoApp().discover(idp.url() + "/missing").build())
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageContaining("answered 404");
            assertThatThrownBy(() -> demoApp().discover(idp.url() + "/broken").build())
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageContaining("no JSON object");
        }
    }

    @Test
    void anUnreachableIssuerIsATransportError() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String issuer = "http://127.0.0.1:" + port;

        assertThatThrownBy(() -> demoApp().discover(issuer).build()).isInstanceOf(CoreTransportException.class);
    }

    @Test
    void withoutARevocationEndpointRevokeFailsAndForgetsNothing() {
        try (TestServer idp = TestServer.start()) {
            String issuer = idp.url();
            idp.on(
                    "/.well-known/openid-configuration",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            200,
                            "{\"issuer\":\"" + issuer + "\",\"authorization_endpoint\":\"" + issuer
                                    + "/authorize\",\"token_endpoint\":\"" + issuer + "/token\"}"));
            CoreClient client = demoApp().discover(issuer).build();
            Fixtures.store(client, "access-1", "refresh-1", java.time.Instant.now(), idp.url() + "/api");

            assertThatThrownBy(client::revoke)
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageStartingWith("revocationEndpoint: ");
            assertThatThrownBy(client::userInfo)
                    .isInstanceOf(CoreConfigurationException.class)
                    .hasMessageStartingWith("userInfoEndpoint: ");
            assertThat(client.isAuthorized()).isTrue();
        }
    }
}
