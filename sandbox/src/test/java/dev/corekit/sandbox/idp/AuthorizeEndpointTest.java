package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code /connect/authorize}'s checks, with auto-approval so that a valid request redirects at once. */
class AuthorizeEndpointTest {
    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")
                    .app(new SandboxApp(
                            "narrow-app",
                            "narrow-secret",
                            "Narrow <b>app</b>",
                            List.of(Idp.REDIRECT),
                            Set.of("read:core"))))
            .start();
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void validRequestRedirectsWithCodeStateAndCompany() {
        HttpResponse<String> response =
                idp.get(idp.authorizeUrl(Idp.authorizeParams(Idp.WEB, "readwrite:core", "xyz")));

        assertThat(response.statusCode()).isEqualTo(302);
        String location = Idp.location(response);
        assertThat(location).startsWith(Idp.REDIRECT + "?code=");
        Map<String, List<String>> query = Idp.query(location);
        assertThat(Idp.first(query, "code")).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("state")).containsExactly("xyz");
        assertThat(Idp.first(query, "companyId")).isEqualTo("demo-company-a");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void withoutStateTheRedirectHasNone() {
        Map<String, List<String>> query =
                Idp.query(Idp.location(idp.get(idp.authorizeUrl(Idp.authorizeParams(Idp.WEB, "read:core", null)))));

        assertThat(query).containsKey("code").doesNotContainKey("state");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "eyJyZXR1cm5UbyI6Ii9ob21lIn0=",
                "a b+c&d=e%20f#g?h/i",
                "\"quoted\" <tag> 'single' \\back",
                "ünïcödé ✓ 日本 😀",
                "%",
                "+++",
                "a&state=forged"
            })
    void stateIsEchoedUnchanged(String state) {
        HttpResponse<String> response = idp.get(idp.authorizeUrl(Idp.authorizeParams(Idp.WEB, "read:core", state)));

        String location = Idp.location(response);
        assertThat(location).doesNotContain(" ");
        assertThat(Idp.query(location).get("state")).containsExactly(state);
    }

    @Test
    void stateIsEchoedOnErrorsToo() {
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "a b&c");
        params.put("response_type", "token");

        Map<String, List<String>> query = Idp.query(Idp.location(idp.get(idp.authorizeUrl(params))));

        assertThat(Idp.first(query, "error")).isEqualTo("unsupported_response_type");
        assertThat(query.get("state")).containsExactly("a b&c");
    }

    @Test
    void unknownClientGetsAnErrorPageNeverARedirect() {
        Map<String, String> params = Idp.authorizeParams("<script>alert(1)</script>", "read:core", "s");

        HttpResponse<String> response = idp.get(idp.authorizeUrl(params));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Idp.location(response)).isNull();
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body())
                .contains("No application is registered")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .doesNotContain("<script>");
    }

    @Test
    void missingClientIdOrRedirectUriGetsAnErrorPage() {
        Map<String, String> noClient = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        noClient.remove("client_id");
        Map<String, String> noRedirect = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        noRedirect.remove("redirect_uri");

        for (Map<String, String> params : List.of(noClient, noRedirect)) {
            HttpResponse<String> response = idp.get(idp.authorizeUrl(params));

            assertThat(response.statusCode()).isEqualTo(400);
            assertThat(Idp.location(response)).isNull();
            assertThat(response.body()).contains("<html");
        }
    }

    @Test
    void unregisteredRedirectUriGetsAnErrorPageEvenWithOtherErrors() {
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, "nonsense", "s");
        params.put("redirect_uri", "https://attacker.example/callback");
        params.put("response_type", "token");

        HttpResponse<String> response = idp.get(idp.authorizeUrl(params));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Idp.location(response)).isNull();
        assertThat(response.body()).contains("redirect_uri is not registered");
    }

    @Test
    void repeatedClientIdGetsAnErrorPage() {
        String url = idp.authorizeUrl(Idp.authorizeParams(Idp.WEB, "read:core", "s")) + "&client_id=corekit-demo";

        HttpResponse<String> response = idp.get(url);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Idp.location(response)).isNull();
    }

    @Test
    void malformedQueryIsRefusedWithoutARedirect() throws Exception {
        // java.net.http refuses to send such a URI, so the request goes over a plain socket. (The JDK server refuses
        // it before the identity server sees it; ParamsTest covers the identity server's own check.)
        try (Socket socket = new Socket("127.0.0.1", sandbox.port())) {
            socket.getOutputStream()
                    .write(("GET /idp/connect/authorize?client_id=corekit-demo&redirect_uri=%zz HTTP/1.1\r\n"
                                    + "Host: 127.0.0.1\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);

            assertThat(response).startsWith("HTTP/1.1 400").doesNotContainIgnoringCase("Location:");
        }
    }

    @Test
    void responseTypeOtherThanCodeIsUnsupported() {
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        params.put("response_type", "token");

        assertError(params, "unsupported_response_type");
    }

    @Test
    void missingResponseTypeIsInvalidRequest() {
        Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        params.remove("response_type");

        assertError(params, "invalid_request");
    }

    @Test
    void repeatedParameterIsInvalidRequest() {
        String url = idp.authorizeUrl(Idp.authorizeParams(Idp.WEB, "read:core", "s")) + "&scope=openid";

        Map<String, List<String>> query = Idp.query(Idp.location(idp.get(url)));

        assertThat(Idp.first(query, "error")).isEqualTo("invalid_request");
        assertThat(Idp.first(query, "state")).isEqualTo("s");
    }

    @Test
    void emptyMissingUnknownOrDisallowedScopeIsInvalidScope() {
        Map<String, String> missing = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        missing.remove("scope");
        assertError(missing, "invalid_scope");
        assertError(Idp.authorizeParams(Idp.WEB, "", "s"), "invalid_scope");
        assertError(Idp.authorizeParams(Idp.WEB, "   ", "s"), "invalid_scope");
        assertError(Idp.authorizeParams(Idp.WEB, "read:core write:everything", "s"), "invalid_scope");
        assertError(Idp.authorizeParams(Idp.WEB, "READ:CORE", "s"), "invalid_scope");
        assertError(Idp.authorizeParams("narrow-app", "read:core offline_access", "s"), "invalid_scope");
    }

    @Test
    void errorDescriptionStaysWithinTheCharactersRfc6749Allows() {
        Map<String, List<String>> query =
                assertError(Idp.authorizeParams(Idp.WEB, "read:core b\"ä\\d", "s"), "invalid_scope");

        assertThat(Idp.first(query, "error_description")).matches("[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]+");
    }

    @Test
    void allowedScopesPass() {
        assertThat(Idp.location(idp.get(idp.authorizeUrl(Idp.authorizeParams("narrow-app", "read:core", "s")))))
                .contains("code=");
        assertThat(Idp.location(idp.get(idp.authorizeUrl(Idp.authorizeParams(
                        Idp.WEB, "read:core  readwrite:core offline_access openid profile email address", "s")))))
                .contains("code=");
    }

    @Test
    void s256ChallengeIsAccepted() {
        Map<String, String> params = Idp.authorizeParams(Idp.NATIVE, "read:core", "s");
        params.put("code_challenge", Idp.challenge(Idp.verifier()));
        params.put("code_challenge_method", "S256");

        assertThat(Idp.first(Idp.query(Idp.location(idp.get(idp.authorizeUrl(params)))), "code"))
                .isNotEmpty();
    }

    @Test
    void plainUnknownOrMissingMethodIsInvalidRequest() {
        String challenge = Idp.challenge(Idp.verifier());
        for (String method : new String[] {"plain", "S512", "s256", null}) {
            Map<String, String> params = Idp.authorizeParams(Idp.WEB, "read:core", "s");
            params.put("code_challenge", challenge);
            if (method != null) {
                params.put("code_challenge_method", method);
            }

            Map<String, List<String>> query = assertError(params, "invalid_request");
            assertThat(Idp.first(query, "error_description")).as(method).contains("code_challenge_method");
        }
    }

    @Test
    void methodWithoutChallengeOrMalformedChallengeIsInvalidRequest() {
        Map<String, String> noChallenge = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        noChallenge.put("code_challenge_method", "S256");
        assertError(noChallenge, "invalid_request");

        Map<String, String> shortChallenge = Idp.authorizeParams(Idp.WEB, "read:core", "s");
        shortChallenge.put("code_challenge", "too-short");
        shortChallenge.put("code_challenge_method", "S256");
        assertError(shortChallenge, "invalid_request");
    }

    @Test
    void aPublicClientFollowingTheSeedWithoutPkceIsServedByDefault() {
        String code = idp.code(Idp.authorizeParams(Idp.NATIVE, "read:core", "s"));

        HttpResponse<String> tokens = idp.token(Idp.form(
                "grant_type",
                "authorization_code",
                "code",
                code,
                "redirect_uri",
                Idp.REDIRECT,
                "client_id",
                Idp.NATIVE));

        assertThat(sandbox.config().requirePkce()).isFalse();
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        assertThat(Idp.json(tokens).get("access_token").asText()).isNotEmpty();
    }

    @Test
    void aPublicClientMustUsePkceWhenRequired() {
        try (CoreSandbox strict = CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")
                        .requirePkce(true))
                .start()) {
            Idp strictIdp = new Idp(strict);
            HttpResponse<String> refused =
                    strictIdp.get(strictIdp.authorizeUrl(Idp.authorizeParams(Idp.NATIVE, "read:core", "s")));
            Map<String, String> withPkce = Idp.authorizeParams(Idp.NATIVE, "read:core", "s");
            withPkce.put("code_challenge", Idp.challenge(Idp.verifier()));
            withPkce.put("code_challenge_method", "S256");
            Map<String, String> confidential = Idp.authorizeParams(Idp.WEB, "read:core", "s");

            Map<String, List<String>> query = Idp.query(Idp.location(refused));
            assertThat(Idp.first(query, "error")).isEqualTo("invalid_request");
            assertThat(Idp.first(query, "error_description")).contains("PKCE");
            assertThat(query).doesNotContainKey("code");
            assertThat(strictIdp.code(withPkce)).isNotBlank();
            assertThat(strictIdp.code(confidential)).isNotBlank();
        }
    }

    @Test
    void onlyGetIsAllowed() {
        HttpResponse<String> response =
                idp.post(idp.url("/connect/authorize"), Idp.authorizeParams(Idp.WEB, "read:core", "s"));

        assertThat(response.statusCode()).isEqualTo(405);
    }

    private Map<String, List<String>> assertError(Map<String, String> params, String error) {
        HttpResponse<String> response = idp.get(idp.authorizeUrl(params));
        assertThat(response.statusCode()).as(params.toString()).isEqualTo(302);
        String location = Idp.location(response);
        assertThat(location).startsWith(Idp.REDIRECT + "?");
        Map<String, List<String>> query = Idp.query(location);
        assertThat(Idp.first(query, "error")).as(location).isEqualTo(error);
        assertThat(Idp.first(query, "error_description")).isNotBlank();
        assertThat(query).doesNotContainKey("code");
        assertThat(Idp.first(query, "state")).isEqualTo("s");
        return query;
    }
}
