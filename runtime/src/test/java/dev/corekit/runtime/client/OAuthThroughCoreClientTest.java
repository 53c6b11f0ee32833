package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The OAuth settings and calls the README promises, each through {@link CoreClient} against the sandbox, whose journal
 * shows what reached it: {@code revoke()}, {@code userInfo()}, {@code pkce(false)} and
 * {@code clientAuthentication(BASIC)}.
 */
class OAuthThroughCoreClientTest {
    private static CoreSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void clearJournal() {
        sandbox.journal().clear();
    }

    private static CoreClient.Builder webApp() {
        return Fixtures.sandboxClient(sandbox).scopes("openid", "email", "profile", "readwrite:core", "offline_access");
    }

    private static AuthorizationRequest logIn(CoreClient client) {
        AuthorizationRequest request = client.authorization().start();
        client.authorization().complete(sandbox.approve(request.uri()));
        return request;
    }

    private static JournalEntry only(String path) {
        assertThat(sandbox.journal().entries(path)).as(path).hasSize(1);
        return sandbox.journal().entries(path).get(0);
    }

    @Test
    void revokeRevokesTheRefreshTokenAtTheServerAndForgetsTheTokens() {
        CoreClient client = webApp().build();
        logIn(client);
        client.api(ActivityApi.class).list(CoreQuery.all());
        TokenSet tokens = client.storedTokens().orElseThrow();
        TokenRegistry.RefreshGrant grant =
                sandbox.tokens().refresh(tokens.refreshToken()).orElseThrow();

        client.revoke();

        JournalEntry revocation = only("/connect/revocation");
        assertThat(revocation.method()).isEqualTo("POST");
        assertThat(revocation.status()).isEqualTo(200);
        assertThat(revocation.body()).contains("token=***", "token_type_hint=refresh_token");
        assertThat(sandbox.tokens().revoked(grant.family())).isTrue();
        assertThat(sandbox.tokens()
                        .activeAccess(tokens.accessToken(), sandbox.clock().instant()))
                .isEmpty();
        assertThat(client.isAuthorized()).isFalse();
        assertThat(client.storedTokens()).isEmpty();
        int apiCalls = sandbox.journal().entries("/activity").size();
        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(sandbox.journal().entries("/activity")).hasSize(apiCalls);
        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
    }

    @Test
    void revokeWithoutARefreshTokenRevokesTheAccessToken() {
        CoreClient client = webApp().scopes("openid", "readwrite:core").build();
        logIn(client);
        String access = client.storedTokens().orElseThrow().accessToken();
        assertThat(client.storedTokens().orElseThrow().refreshToken()).isNull();

        client.revoke();

        assertThat(only("/connect/revocation").body()).contains("token_type_hint=access_token");
        assertThat(sandbox.tokens().activeAccess(access, sandbox.clock().instant()))
                .isEmpty();
        assertThat(client.isAuthorized()).isFalse();
    }

    @Test
    void userInfoReturnsTheUsersClaims() {
        CoreClient client = webApp().build();
        logIn(client);

        JsonNode claims = client.userInfo();

        assertThat(claims.get("email").asText()).isEqualTo(SandboxConfig.DEMO_LOGIN);
        assertThat(claims.get("email_verified").asBoolean()).isTrue();
        assertThat(claims.get("sub").asText()).isNotBlank();
        assertThat(claims.has("name")).isTrue();
        JournalEntry call = only("/connect/userinfo");
        assertThat(call.method()).isEqualTo("GET");
        assertThat(call.header("Authorization")).isEqualTo("Bearer ***");
        assertThat(call.status()).isEqualTo(200);
    }

    @Test
    void withoutPkceAConfidentialClientLogsInWithItsSecretAlone() {
        CoreClient client = webApp().pkce(false).build();

        AuthorizationRequest request = logIn(client);
        client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(request.pkce()).isFalse();
        assertThat(request.uri().getRawQuery()).doesNotContain("code_challenge");
        assertThat(sandbox.journal().entries("/connect/authorize"))
                .isNotEmpty()
                .allSatisfy(authorize -> assertThat(authorize.query()).doesNotContain("code_challenge"));
        JournalEntry exchange = only("/connect/token");
        assertThat(exchange.status()).isEqualTo(200);
        assertThat(exchange.body())
                .contains("grant_type=authorization_code", "client_secret=***")
                .doesNotContain("code_verifier");
        assertThat(sandbox.journal().entries("/activity"))
                .singleElement()
                .satisfies(call -> assertThat(call.status()).isEqualTo(200));
    }

    @Test
    void withPkceTheExchangeCarriesTheVerifier() {
        // The control for the test above: the same client with PKCE sends challenge and verifier.
        CoreClient client = webApp().build();

        AuthorizationRequest request = logIn(client);

        assertThat(request.uri().getRawQuery()).contains("code_challenge=", "code_challenge_method=S256");
        assertThat(only("/connect/token").body()).contains("code_verifier=***");
    }

    @Test
    void basicClientAuthenticationSendsTheSecretInTheHeaderOnly() {
        CoreClient client =
                webApp().clientAuthentication(ClientAuthentication.BASIC).build();
        logIn(client);
        String oldAccess = client.storedTokens().orElseThrow().accessToken();
        TokenSet stored = client.storedTokens().orElseThrow();
        client.storeTokens(new TokenSet(
                stored.accessToken(),
                stored.refreshToken(),
                "Bearer",
                stored.receivedAt(),
                Instant.now(),
                stored.scopes(),
                stored.endpoint(),
                null));

        client.api(ActivityApi.class).list(CoreQuery.all());
        client.revoke();

        assertThat(client.isAuthorized()).isFalse();
        assertThat(sandbox.journal().entries("/connect/token")).hasSize(2);
        assertThat(sandbox.journal()
                        .filter(e ->
                                e.path().endsWith("/connect/token") || e.path().endsWith("/connect/revocation")))
                .hasSize(3)
                .allSatisfy(request -> {
                    assertThat(request.status()).isEqualTo(200);
                    assertThat(request.header("Authorization")).isEqualTo("Basic ***");
                    assertThat(request.body())
                            .contains("client_id=" + SandboxConfig.DEMO_CLIENT_ID)
                            .doesNotContain("client_secret");
                });
        assertThat(sandbox.journal().entries("/connect/token").get(1).body()).contains("grant_type=refresh_token");
        assertThat(sandbox.tokens().activeAccess(oldAccess, sandbox.clock().instant()))
                .isEmpty();
    }

    @Test
    void bodyClientAuthenticationSendsNoBasicHeader() {
        // The control for the test above: the default puts the secret in the form body.
        CoreClient client = webApp().build();

        logIn(client);

        JournalEntry exchange = only("/connect/token");
        assertThat(exchange.header("Authorization")).isNull();
        assertThat(exchange.body()).contains("client_secret=***");
    }
}
