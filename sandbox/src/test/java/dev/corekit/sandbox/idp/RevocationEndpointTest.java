package dev.corekit.sandbox.idp;

import static dev.corekit.sandbox.idp.TokenEndpointTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /connect/revocation} (RFC 7009). */
class RevocationEndpointTest {
    private static final String ALL = "read:core offline_access openid";

    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")
                    .app(new SandboxApp(
                            "other-app", "other-secret", "Other", List.of(Idp.REDIRECT), SandboxApp.ALL_SCOPES)))
            .start();
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void revokingARefreshTokenRevokesItsFamily() {
        JsonNode first = idp.webTokens(ALL);
        JsonNode second = Idp.json(idp.refresh(first.get("refresh_token").asText()));

        HttpResponse<String> response = revoke(second.get("refresh_token").asText(), "refresh_token");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEmpty();
        assertThat(idp.userinfo(first.get("access_token").asText()).statusCode())
                .isEqualTo(401);
        assertThat(idp.userinfo(second.get("access_token").asText()).statusCode())
                .isEqualTo(401);
        assertError(idp.refresh(second.get("refresh_token").asText()), 400, "invalid_grant");
    }

    @Test
    void revokingAnAccessTokenRevokesOnlyIt() {
        JsonNode tokens = idp.webTokens(ALL);
        JsonNode refreshed = Idp.json(idp.refresh(tokens.get("refresh_token").asText()));

        assertThat(revoke(tokens.get("access_token").asText(), null).statusCode())
                .isEqualTo(200);

        assertThat(idp.userinfo(tokens.get("access_token").asText()).statusCode())
                .isEqualTo(401);
        assertThat(idp.userinfo(refreshed.get("access_token").asText()).statusCode())
                .isEqualTo(200);
        assertThat(idp.refresh(refreshed.get("refresh_token").asText()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void aWrongHintDoesNotMatter() {
        JsonNode tokens = idp.webTokens(ALL);

        assertThat(revoke(tokens.get("refresh_token").asText(), "access_token").statusCode())
                .isEqualTo(200);

        assertThat(idp.userinfo(tokens.get("access_token").asText()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void unknownTokensAreFine() {
        assertThat(revoke("never-issued", null).statusCode()).isEqualTo(200);
        assertThat(revoke("never-issued", "weird_hint").statusCode()).isEqualTo(200);
    }

    @Test
    void anotherClientsTokenIsLeftAlone() {
        JsonNode tokens = idp.webTokens(ALL);

        HttpResponse<String> response = idp.post(
                idp.url("/connect/revocation"),
                Idp.form(
                        "token", tokens.get("refresh_token").asText(),
                        "client_id", "other-app",
                        "client_secret", "other-secret"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(idp.userinfo(tokens.get("access_token").asText()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void clientMayAuthenticateWithBasic() {
        JsonNode tokens = idp.webTokens(ALL);

        HttpResponse<String> response = idp.post(
                idp.url("/connect/revocation"),
                Idp.form("token", tokens.get("refresh_token").asText()),
                Idp.basic(Idp.WEB, Idp.SECRET));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(idp.userinfo(tokens.get("access_token").asText()).statusCode())
                .isEqualTo(401);
    }

    @Test
    void badClientIs401() {
        JsonNode tokens = idp.webTokens(ALL);

        HttpResponse<String> wrongSecret = idp.post(
                idp.url("/connect/revocation"),
                Idp.form("token", tokens.get("refresh_token").asText(), "client_id", Idp.WEB, "client_secret", "nope"));
        HttpResponse<String> basic = idp.post(
                idp.url("/connect/revocation"),
                Idp.form("token", tokens.get("refresh_token").asText()),
                Idp.basic("nobody", "nope"));

        assertError(wrongSecret, 401, "invalid_client");
        assertError(basic, 401, "invalid_client");
        assertThat(basic.headers().firstValue("WWW-Authenticate")).isPresent();
        assertThat(idp.userinfo(tokens.get("access_token").asText()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void missingTokenIsInvalidRequest() {
        assertError(
                idp.post(idp.url("/connect/revocation"), Idp.form("client_id", Idp.WEB, "client_secret", Idp.SECRET)),
                400,
                "invalid_request");
    }

    private HttpResponse<String> revoke(String token, String hint) {
        Map<String, String> form = Idp.form("token", token, "client_id", Idp.WEB, "client_secret", Idp.SECRET);
        if (hint != null) {
            form.put("token_type_hint", hint);
        }
        return idp.post(idp.url("/connect/revocation"), form);
    }
}
