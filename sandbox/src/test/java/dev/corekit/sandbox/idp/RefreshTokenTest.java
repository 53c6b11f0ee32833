package dev.corekit.sandbox.idp;

import static dev.corekit.sandbox.idp.TokenEndpointTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code grant_type=refresh_token}: rotation, reuse detection, expiry, client binding and narrowing. */
class RefreshTokenTest {
    private static final String ALL = "readwrite:core offline_access openid profile email";

    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-b")
                    .app(new SandboxApp(
                            "other-app", "other-secret", "Other", List.of(Idp.REDIRECT), SandboxApp.ALL_SCOPES))
                    .app(new SandboxApp(
                            "online-app", "online-secret", "Online", List.of(Idp.REDIRECT), Set.of("read:core"))))
            .start();
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void refreshAnswersNewTokensAndTheEndpoint() {
        JsonNode first = idp.webTokens(ALL);

        HttpResponse<String> response = idp.refresh(first.get("refresh_token").asText());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        JsonNode next = Idp.json(response);
        assertThat(next.get("access_token").asText())
                .isNotEqualTo(first.get("access_token").asText());
        assertThat(next.get("refresh_token").asText())
                .isNotEqualTo(first.get("refresh_token").asText());
        assertThat(next.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(next.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(next.get("scope").asText()).isEqualTo(ALL);
        assertThat(next.get("endpoint").asText()).isEqualTo(sandbox.endpoint("demo-company-b"));
        assertThat(next.get("id_token").asText()).isNotEmpty();
        assertThat(idp.userinfo(next.get("access_token").asText()).statusCode()).isEqualTo(200);
    }

    @Test
    void refreshWorksWithHttpBasic() {
        JsonNode first = idp.webTokens(ALL);

        HttpResponse<String> response = idp.post(
                idp.url("/connect/token"),
                Idp.form(
                        "grant_type",
                        "refresh_token",
                        "refresh_token",
                        first.get("refresh_token").asText()),
                Idp.basic(Idp.WEB, Idp.SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void noRefreshTokenWithoutOfflineAccess() {
        assertThat(idp.webTokens("readwrite:core openid").has("refresh_token")).isFalse();
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeFamily() {
        JsonNode first = idp.webTokens(ALL);
        String firstRefresh = first.get("refresh_token").asText();
        JsonNode second = Idp.json(idp.refresh(firstRefresh));
        JsonNode third = Idp.json(idp.refresh(second.get("refresh_token").asText()));
        String newestAccess = third.get("access_token").asText();
        assertThat(idp.userinfo(newestAccess).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = idp.refresh(firstRefresh);

        assertError(replay, 400, "invalid_grant");
        assertThat(replay.body()).doesNotContain(firstRefresh);
        HttpResponse<String> userinfo = idp.userinfo(newestAccess);
        assertThat(userinfo.statusCode()).isEqualTo(401);
        assertThat(userinfo.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("error=\"invalid_token\""));
        assertThat(idp.userinfo(first.get("access_token").asText()).statusCode())
                .isEqualTo(401);
        assertError(idp.refresh(third.get("refresh_token").asText()), 400, "invalid_grant");
    }

    @Test
    void anotherAuthorizationIsNotAffectedByAFamilyRevocation() {
        JsonNode mine = idp.webTokens(ALL);
        JsonNode other = idp.webTokens(ALL);
        String old = mine.get("refresh_token").asText();
        idp.refresh(old);

        idp.refresh(old);

        assertThat(idp.userinfo(other.get("access_token").asText()).statusCode())
                .isEqualTo(200);
        assertThat(idp.refresh(other.get("refresh_token").asText()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void withoutRotationTheSameRefreshTokenKeepsWorking() {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")
                        .rotateRefreshTokens(false))
                .start()) {
            Idp idp = new Idp(sandbox);
            String refresh = idp.webTokens(ALL).get("refresh_token").asText();

            for (int i = 0; i < 3; i++) {
                HttpResponse<String> response = idp.refresh(refresh);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                JsonNode json = Idp.json(response);
                assertThat(json.has("refresh_token"))
                        .as("the client keeps its refresh token")
                        .isFalse();
                assertThat(json.get("endpoint").asText()).isEqualTo(sandbox.endpoint("demo-company-a"));
                assertThat(idp.userinfo(json.get("access_token").asText()).statusCode())
                        .isEqualTo(200);
            }
        }
    }

    @Test
    void expiredRefreshTokenIsInvalidGrant() {
        String refresh = idp.webTokens(ALL).get("refresh_token").asText();
        sandbox.clock().advance(sandbox.config().refreshTokenLifetime().plusSeconds(1));

        assertError(idp.refresh(refresh), 400, "invalid_grant");
    }

    @Test
    void rotatedRefreshTokensKeepTheFamilyExpiry() {
        String refresh = idp.webTokens(ALL).get("refresh_token").asText();
        sandbox.clock().advance(Duration.ofDays(20));
        String rotated = Idp.json(idp.refresh(refresh)).get("refresh_token").asText();
        sandbox.clock().advance(Duration.ofDays(11));

        assertError(idp.refresh(rotated), 400, "invalid_grant");
    }

    @Test
    void refreshTokenOfAnotherClientIsInvalidGrant() {
        String refresh = idp.webTokens(ALL).get("refresh_token").asText();

        HttpResponse<String> response = idp.token(Idp.form(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refresh,
                "client_id",
                "other-app",
                "client_secret",
                "other-secret"));

        assertError(response, 400, "invalid_grant");
        // The rightful client is not punished for the attempt.
        assertThat(idp.refresh(refresh).statusCode()).isEqualTo(200);
    }

    @Test
    void unknownRefreshTokenIsInvalidGrant() {
        assertError(idp.refresh("never-issued"), 400, "invalid_grant");
    }

    @Test
    void scopeMayNarrow() {
        String refresh = idp.webTokens(ALL).get("refresh_token").asText();

        HttpResponse<String> response = idp.token(Idp.form(
                "grant_type",
                "refresh_token",
                "refresh_token",
                refresh,
                "scope",
                "readwrite:core offline_access",
                "client_id",
                Idp.WEB,
                "client_secret",
                Idp.SECRET));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode json = Idp.json(response);
        assertThat(json.get("scope").asText()).isEqualTo("readwrite:core offline_access");
        assertThat(json.has("id_token")).isFalse();
        assertThat(idp.userinfo(json.get("access_token").asText()).statusCode())
                .as("no openid on the narrowed token")
                .isEqualTo(403);
        // The new refresh token still carries the whole original grant.
        JsonNode again = Idp.json(idp.refresh(json.get("refresh_token").asText()));
        assertThat(again.get("scope").asText()).isEqualTo(ALL);
    }

    @Test
    void scopeMayNotWidenNorBeUnknown() {
        String refresh =
                idp.webTokens("read:core offline_access").get("refresh_token").asText();

        for (String scope : List.of("read:core offline_access readwrite:core", "email", "bogus", " ")) {
            HttpResponse<String> response = idp.token(Idp.form(
                    "grant_type",
                    "refresh_token",
                    "refresh_token",
                    refresh,
                    "scope",
                    scope,
                    "client_id",
                    Idp.WEB,
                    "client_secret",
                    Idp.SECRET));

            assertError(response, 400, "invalid_scope");
        }
        // Refused requests do not rotate the token.
        assertThat(idp.refresh(refresh).statusCode()).isEqualTo(200);
    }

    @Test
    void appThatMayNotGoOfflineIsUnauthorizedForRefresh() {
        HttpResponse<String> response = idp.token(Idp.form(
                "grant_type",
                "refresh_token",
                "refresh_token",
                "x",
                "client_id",
                "online-app",
                "client_secret",
                "online-secret"));

        assertError(response, 400, "unauthorized_client");
    }

    @Test
    void revokedFamilyRefreshTokenIsInvalidGrant() {
        JsonNode tokens = idp.webTokens(ALL);
        idp.post(
                idp.url("/connect/revocation"),
                Idp.form(
                        "token",
                        tokens.get("refresh_token").asText(),
                        "client_id",
                        Idp.WEB,
                        "client_secret",
                        Idp.SECRET));

        assertError(idp.refresh(tokens.get("refresh_token").asText()), 400, "invalid_grant");
    }
}
