package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code /connect/userinfo}: claims per scope, and RFC 6750 errors. */
class UserInfoEndpointTest {
    private final CoreSandbox sandbox = Idp.autoApproving("demo-company-a");
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void profileAndEmailReleaseNameAndEmail() {
        HttpResponse<String> response = idp.userinfo(
                idp.webTokens("openid profile email").get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        JsonNode me = Idp.json(response);
        assertThat(me.get("sub").asText()).isNotEmpty();
        assertThat(me.get("name").asText()).isEqualTo("Demo User");
        assertThat(me.get("email").asText()).isEqualTo(SandboxConfig.DEMO_LOGIN);
        assertThat(me.get("email_verified").asBoolean()).isTrue();
    }

    @Test
    void openidAloneReleasesOnlyTheSubject() {
        JsonNode me = Idp.json(idp.userinfo(
                idp.webTokens("openid read:core").get("access_token").asText()));

        assertThat(me.fieldNames()).toIterable().containsExactly("sub");
    }

    @Test
    void emailWithoutProfileReleasesNoName() {
        JsonNode me = Idp.json(
                idp.userinfo(idp.webTokens("openid email").get("access_token").asText()));

        assertThat(me.has("email")).isTrue();
        assertThat(me.has("name")).isFalse();
    }

    @Test
    void tokenWithoutOpenidIsInsufficientScope() {
        HttpResponse<String> response = idp.userinfo(
                idp.webTokens("read:core profile").get("access_token").asText());

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer").contains("error=\"insufficient_scope\""));
    }

    @Test
    void unknownTokenIs401InvalidToken() {
        HttpResponse<String> response = idp.userinfo("made-up-token");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer").contains("error=\"invalid_token\""));
        assertThat(Idp.json(response).get("error").asText()).isEqualTo("invalid_token");
        assertThat(response.body()).doesNotContain("made-up-token");
    }

    @Test
    void expiredTokenIs401() {
        String access = idp.webTokens("openid").get("access_token").asText();
        assertThat(idp.userinfo(access).statusCode()).isEqualTo(200);

        sandbox.clock().advance(sandbox.config().accessTokenLifetime());

        HttpResponse<String> response = idp.userinfo(access);
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).contains("error=\"invalid_token\""));
    }

    @Test
    void revokedTokenIs401() {
        String access = idp.webTokens("openid").get("access_token").asText();
        idp.post(
                idp.url("/connect/revocation"),
                Idp.form("token", access, "client_id", Idp.WEB, "client_secret", Idp.SECRET));

        assertThat(idp.userinfo(access).statusCode()).isEqualTo(401);
    }

    @Test
    void missingTokenIs401WithAChallenge() {
        HttpResponse<String> response = idp.get(idp.url("/connect/userinfo"));

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
    }

    @Test
    void postWithTheHeaderWorksToo() {
        String access = idp.webTokens("openid").get("access_token").asText();

        HttpResponse<String> response = idp.send(HttpRequest.newBuilder(URI.create(idp.url("/connect/userinfo")))
                .header("Authorization", "Bearer " + access)
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(200);
    }
}
