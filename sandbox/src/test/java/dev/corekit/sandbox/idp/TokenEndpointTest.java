package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code grant_type=authorization_code} and client authentication at {@code /connect/token}. */
class TokenEndpointTest {
    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")
                    .app(new SandboxApp(
                            "other-app", "other secret+&=", "Other", List.of(Idp.REDIRECT), SandboxApp.ALL_SCOPES)))
            .start();
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void exchangesACodeWithTheSecretInTheBody() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "readwrite:core", "s"));

        HttpResponse<String> response = idp.token(exchange(code));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.headers().firstValue("Pragma")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        JsonNode json = Idp.json(response);
        assertThat(json.get("access_token").asText()).isNotEmpty();
        assertThat(json.get("token_type").asText()).isEqualTo("Bearer");
        assertThat(json.get("expires_in").asLong()).isEqualTo(3600);
        assertThat(json.get("scope").asText()).isEqualTo("readwrite:core");
        // The seed's example endpoint, https://xxx.bqecore.com/xxx/, ends in a slash.
        assertThat(json.get("endpoint").asText()).isEqualTo(sandbox.baseUrl() + "/api/demo-company-a/");
        assertThat(json.has("refresh_token")).as("no offline_access").isFalse();
        assertThat(json.has("id_token")).as("no openid").isFalse();
        assertThat(sandbox.tokens()
                        .activeAccess(
                                json.get("access_token").asText(),
                                sandbox.clock().instant()))
                .hasValueSatisfying(g -> {
                    assertThat(g.clientId()).isEqualTo(Idp.WEB);
                    assertThat(g.login()).isEqualTo(SandboxConfig.DEMO_LOGIN);
                    assertThat(g.companyId()).isEqualTo("demo-company-a");
                });
    }

    @Test
    void theEndpointsTrailingSlashCanBeTurnedOff() {
        try (CoreSandbox bare = CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")
                        .endpointTrailingSlash(false))
                .start()) {
            JsonNode json = new Idp(bare).webTokens("read:core");

            assertThat(json.get("endpoint").asText()).isEqualTo(bare.baseUrl() + "/api/demo-company-a");
            assertThat(bare.endpoint("demo-company-a")).isEqualTo(bare.baseUrl() + "/api/demo-company-a");
        }
    }

    @Test
    void expiresInFollowsTheConfiguredLifetime() {
        try (CoreSandbox short_ = CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-b")
                        .accessTokenLifetime(Duration.ofMinutes(5)))
                .start()) {
            JsonNode json = new Idp(short_).webTokens("read:core offline_access openid");

            assertThat(json.get("expires_in").asLong()).isEqualTo(300);
            assertThat(json.get("endpoint").asText()).endsWith("/api/demo-company-b/");
            assertThat(json.get("scope").asText()).isEqualTo("read:core offline_access openid");
            assertThat(json.get("refresh_token").asText()).isNotEmpty();
            assertThat(json.get("id_token").asText()).matches("[\\w-]+\\.[\\w-]+\\.[\\w-]+");
        }
    }

    @Test
    void exchangesACodeWithHttpBasic() {
        String code = idp.code(Idp.authorizeParams("other-app", "read:core", "s"));
        Map<String, String> form =
                Idp.form("grant_type", "authorization_code", "code", code, "redirect_uri", Idp.REDIRECT);

        HttpResponse<String> response =
                idp.post(idp.url("/connect/token"), form, Idp.basic("other-app", "other secret+&="));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void basicWithAMatchingClientIdInTheBodyIsFine() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "read:core", "s"));
        Map<String, String> form = Idp.form(
                "grant_type", "authorization_code", "code", code, "redirect_uri", Idp.REDIRECT, "client_id", Idp.WEB);

        assertThat(idp.post(idp.url("/connect/token"), form, Idp.basic(Idp.WEB, Idp.SECRET))
                        .statusCode())
                .isEqualTo(200);
    }

    @Test
    void basicAndBodySecretTogetherIsInvalidRequest() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "read:core", "s"));

        HttpResponse<String> response =
                idp.post(idp.url("/connect/token"), exchange(code), Idp.basic(Idp.WEB, Idp.SECRET));

        assertError(response, 400, "invalid_request");
    }

    @Test
    void wrongSecretWithBasicIs401WithAChallenge() {
        Map<String, String> form =
                Idp.form("grant_type", "authorization_code", "code", "c", "redirect_uri", Idp.REDIRECT);

        HttpResponse<String> response = idp.post(idp.url("/connect/token"), form, Idp.basic(Idp.WEB, "not-the-secret"));

        assertError(response, 401, "invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
        assertThat(response.body()).doesNotContain("not-the-secret");
    }

    @Test
    void malformedBasicIs401() {
        HttpResponse<String> response = idp.post(
                idp.url("/connect/token"), Idp.form("grant_type", "authorization_code"), "Basic !!!not-base64");

        assertError(response, 401, "invalid_client");
        assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
    }

    @Test
    void wrongSecretInTheBodyIs401WithABasicChallenge() {
        Map<String, String> form = exchange("c");
        form.put("client_secret", "not-the-secret");

        HttpResponse<String> response = idp.token(form);

        assertError(response, 401, "invalid_client");
        // RFC 9110 §15.5.2: every 401 carries a challenge, also when the client did not try Basic.
        assertThat(response.headers().firstValue("WWW-Authenticate"))
                .hasValue("Basic realm=\"corekit-sandbox\", charset=\"UTF-8\"");
        assertThat(response.body()).doesNotContain("not-the-secret");
    }

    @Test
    void unknownClientMissingSecretOrMissingClientIs401() {
        Map<String, String> unknown = exchange("c");
        unknown.put("client_id", "no-such-app");
        Map<String, String> noSecret = exchange("c");
        noSecret.remove("client_secret");
        Map<String, String> nobody = exchange("c");
        nobody.remove("client_secret");
        nobody.remove("client_id");

        for (Map<String, String> form : List.of(unknown, noSecret, nobody)) {
            assertError(idp.token(form), 401, "invalid_client");
        }
    }

    @Test
    void publicClientSendingASecretIs401() {
        Map<String, String> form = exchange("c");
        form.put("client_id", Idp.NATIVE);

        assertError(idp.token(form), 401, "invalid_client");
    }

    @Test
    void publicClientExchangesWithClientIdAndVerifier() {
        String verifier = Idp.verifier();
        Map<String, String> params = Idp.authorizeParams(Idp.NATIVE, "read:core", "s");
        params.put("code_challenge", Idp.challenge(verifier));
        params.put("code_challenge_method", "S256");
        String code = idp.code(params);

        HttpResponse<String> response = idp.token(Idp.form(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                Idp.REDIRECT,
                "client_id",
                Idp.NATIVE,
                "code_verifier",
                verifier));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void wrongOrMissingVerifierIsInvalidGrant() {
        String verifier = Idp.verifier();
        for (String sent : new String[] {null, Idp.verifier(), "short", verifier + "x"}) {
            Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "s");
            params.put("code_challenge", Idp.challenge(verifier));
            params.put("code_challenge_method", "S256");
            Map<String, String> form = exchange(idp.code(params));
            if (sent != null) {
                form.put("code_verifier", sent);
            }

            HttpResponse<String> response = idp.token(form);

            assertError(response, 400, "invalid_grant");
            assertThat(response.body()).doesNotContain(verifier);
        }
    }

    @Test
    void verifierWithoutAChallengeIsInvalidGrant() {
        Map<String, String> form = exchange(idp.code(Idp.authorizeParams(Idp.WEB, "read:core", "s")));
        form.put("code_verifier", Idp.verifier());

        assertError(idp.token(form), 400, "invalid_grant");
    }

    @Test
    void aCodeWorksOnceAndItsReplayRevokesItsTokens() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "read:core offline_access openid", "s"));
        JsonNode first = Idp.json(idp.token(exchange(code)));
        String access = first.get("access_token").asText();
        assertThat(idp.userinfo(access).statusCode()).isEqualTo(200);

        HttpResponse<String> replay = idp.token(exchange(code));

        assertError(replay, 400, "invalid_grant");
        assertThat(replay.body()).doesNotContain(code);
        assertThat(idp.userinfo(access).statusCode()).isEqualTo(401);
        assertError(idp.refresh(first.get("refresh_token").asText()), 400, "invalid_grant");
    }

    @Test
    void codeExpiresAfterItsLifetime() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "read:core", "s"));
        sandbox.clock().advance(Duration.ofSeconds(61));

        assertError(idp.token(exchange(code)), 400, "invalid_grant");
    }

    @Test
    void codeWorksJustBeforeItExpires() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "read:core", "s"));
        sandbox.clock().advance(Duration.ofSeconds(59));

        assertThat(idp.token(exchange(code)).statusCode()).isEqualTo(200);
    }

    @Test
    void codeIsBoundToItsClient() {
        String code = idp.code(Idp.authorizeParams(Idp.WEB, "read:core", "s"));
        Map<String, String> form = exchange(code);
        form.put("client_id", "other-app");
        form.put("client_secret", "other secret+&=");

        assertError(idp.token(form), 400, "invalid_grant");
    }

    @Test
    void redirectUriMustBeRepeatedByteForByte() {
        String passed = "http://127.0.0.1:8765/callback?x=1";
        for (String sent : List.of(
                "http://127.0.0.1:8765/callback",
                "http://127.0.0.1:8766/callback?x=1",
                "http://127.0.0.1:8765/callback?x=1&y=2",
                "http://127.0.0.1:8765/callback?x=%31")) {
            Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "s");
            params.put("redirect_uri", passed);
            Map<String, String> form = exchange(idp.code(params));
            form.put("redirect_uri", sent);

            assertError(idp.token(form), 400, "invalid_grant");
        }
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        params.put("redirect_uri", passed);
        Map<String, String> form = exchange(idp.code(params));
        form.put("redirect_uri", passed);
        assertThat(idp.token(form).statusCode()).isEqualTo(200);
    }

    @Test
    void missingParametersAreInvalidRequest() {
        for (String name : List.of("grant_type", "code", "redirect_uri")) {
            Map<String, String> form = exchange("some-code");
            form.remove(name);

            assertError(idp.token(form), 400, "invalid_request");
        }
        Map<String, String> refresh =
                Idp.form("grant_type", "refresh_token", "client_id", Idp.WEB, "client_secret", Idp.SECRET);
        assertError(idp.token(refresh), 400, "invalid_request");
    }

    @Test
    void repeatedParameterIsInvalidRequest() {
        String body = Idp.encode(exchange("c")) + "&grant_type=refresh_token";

        assertError(idp.postEncoded(idp.url("/connect/token"), body), 400, "invalid_request");
    }

    @Test
    void otherGrantTypesAreUnsupported() {
        for (String grant : List.of("password", "client_credentials", "implicit", "urn:x")) {
            Map<String, String> form = exchange("c");
            form.put("grant_type", grant);

            assertError(idp.token(form), 400, "unsupported_grant_type");
        }
    }

    @Test
    void unknownCodeIsInvalidGrant() {
        assertError(idp.token(exchange("never-issued")), 400, "invalid_grant");
    }

    @Test
    void bodyMustBeAForm() {
        HttpResponse<String> response = idp.send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(idp.url("/connect/token")))
                .header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"authorization_code\"}")));

        assertError(response, 400, "invalid_request");
    }

    @Test
    void getIsNotAllowed() {
        assertThat(idp.get(idp.url("/connect/token")).statusCode()).isEqualTo(405);
    }

    static Map<String, String> exchange(String code) {
        return Idp.form(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", Idp.REDIRECT,
                "client_id", Idp.WEB,
                "client_secret", Idp.SECRET);
    }

    static void assertError(HttpResponse<String> response, int status, String error) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode json = Idp.json(response);
        assertThat(json.get("error").asText()).isEqualTo(error);
        assertThat(json.get("error_description").asText()).isNotBlank();
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
        assertThat(response.body()).doesNotContain(Idp.SECRET);
        if (status == 401) {
            assertThat(response.headers().firstValue("WWW-Authenticate")).isPresent();
        }
    }
}
