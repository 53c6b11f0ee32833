package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxCompany;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxUser;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The log-in and consent pages, driven by plain form posts as a browser would send them. */
class LoginConsentFlowTest {
    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.app(new SandboxApp(
                            "html-app",
                            "html-secret",
                            "Evil <script>x()</script> & \"co\"",
                            List.of(Idp.REDIRECT),
                            SandboxApp.ALL_SCOPES))
                    .user(new SandboxUser(
                            "ann@example.com",
                            "pw<>",
                            "Ann <b>",
                            List.of(new SandboxCompany("acme", "Acme <Tools> & Co")))))
            .start();
    private final Idp idp = new Idp(sandbox);

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void fullFlowWithPkceThroughTheLoginAndConsentPages() {
        String verifier = Idp.verifier();
        Map<String, String> params =
                Idp.authorizeParams(Idp.NATIVE, "readwrite:core offline_access openid profile email", "st=1 &x");
        params.put("code_challenge", Idp.challenge(verifier));
        params.put("code_challenge_method", "S256");

        HttpResponse<String> loginPage = idp.get(idp.authorizeUrl(params));
        assertThat(loginPage.statusCode()).isEqualTo(200);
        assertThat(loginPage.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(loginPage.body())
                .contains("id=\"login\"", "name=\"login\"", "id=\"password\"", "name=\"password\"", "id=\"sign-in\"")
                .contains("corekit demo (native)");
        assertThat(loginPage.headers().firstValue("Set-Cookie")).isEmpty();
        String pending = Idp.hidden(loginPage.body(), "pending");

        HttpResponse<String> consentPage = idp.post(
                idp.url("/account/login"),
                Idp.form(
                        "pending",
                        pending,
                        "login",
                        SandboxConfig.DEMO_LOGIN,
                        "password",
                        SandboxConfig.DEMO_PASSWORD));
        assertThat(consentPage.statusCode()).isEqualTo(200);
        String html = consentPage.body();
        assertThat(html).contains("corekit demo (native)", "id=\"grant\"", "id=\"deny\"", "id=\"company\"");
        for (String scope : List.of("readwrite:core", "offline_access", "openid", "profile", "email")) {
            assertThat(html)
                    .contains("<input type=\"checkbox\" name=\"scope\" id=\"" + Scopes.checkboxId(scope) + "\" value=\""
                            + scope + "\" checked>");
        }
        assertThat(html).contains("id=\"scope-readwrite-core\"").doesNotContain("scope-read-core\"");
        assertThat(html).contains("<option value=\"demo-company-a\" selected>Demo Company A</option>");
        assertThat(html).contains("<option value=\"demo-company-b\">Demo Company B</option>");

        // The user unticks email and picks company B.
        String body = "pending=" + Idp.hidden(html, "pending")
                + "&scope=readwrite%3Acore&scope=offline_access&scope=openid&scope=profile"
                + "&company=demo-company-b&decision=grant";
        HttpResponse<String> callback = postRaw("/account/consent", body);

        assertThat(callback.statusCode()).isEqualTo(302);
        Map<String, List<String>> query = Idp.query(Idp.location(callback));
        assertThat(Idp.location(callback)).startsWith(Idp.REDIRECT + "?code=");
        assertThat(Idp.first(query, "state")).isEqualTo("st=1 &x");
        assertThat(Idp.first(query, "companyId")).isEqualTo("demo-company-b");

        HttpResponse<String> tokens = idp.token(Idp.form(
                "grant_type",
                "authorization_code",
                "code",
                Idp.first(query, "code"),
                "redirect_uri",
                Idp.REDIRECT,
                "client_id",
                Idp.NATIVE,
                "code_verifier",
                verifier));
        assertThat(tokens.statusCode()).as(tokens.body()).isEqualTo(200);
        JsonNode json = Idp.json(tokens);
        assertThat(json.get("scope").asText()).isEqualTo("readwrite:core offline_access openid profile");
        assertThat(json.get("endpoint").asText()).isEqualTo(sandbox.endpoint("demo-company-b"));
        assertThat(json.has("refresh_token")).isTrue();
        assertThat(json.has("id_token")).isTrue();

        JsonNode me = Idp.json(idp.userinfo(json.get("access_token").asText()));
        assertThat(me.get("name").asText()).isEqualTo("Demo User");
        assertThat(me.has("email")).as("email was unticked").isFalse();
    }

    @Test
    void wrongPasswordShowsTheLoginPageAgainWithoutEchoingThePassword() {
        String pending = startFlow(Idp.WEB, "read:core");

        HttpResponse<String> again = idp.post(
                idp.url("/account/login"),
                Idp.form("pending", pending, "login", SandboxConfig.DEMO_LOGIN, "password", "wrong-guess-123"));

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Idp.location(again)).isNull();
        assertThat(again.body())
                .contains("id=\"login-error\"", LoginEndpoint.BAD_CREDENTIALS, "id=\"sign-in\"")
                .contains("value=\"" + SandboxConfig.DEMO_LOGIN + "\"")
                .doesNotContain("wrong-guess-123")
                .doesNotContain("id=\"grant\"");
        // The same pending request still works with the right password.
        assertThat(idp.post(
                                idp.url("/account/login"),
                                Idp.form(
                                        "pending", Idp.hidden(again.body(), "pending"),
                                        "login", SandboxConfig.DEMO_LOGIN,
                                        "password", SandboxConfig.DEMO_PASSWORD))
                        .body())
                .contains("id=\"grant\"");
    }

    @Test
    void unknownUserGetsTheSameMessage() {
        String pending = startFlow(Idp.WEB, "read:core");

        HttpResponse<String> again = idp.post(
                idp.url("/account/login"),
                Idp.form("pending", pending, "login", "nobody@example.com", "password", "x"));

        assertThat(again.body()).contains(LoginEndpoint.BAD_CREDENTIALS);
    }

    @Test
    void denyRedirectsWithAccessDeniedAndState() {
        String pending =
                login(startFlow(Idp.WEB, "read:core openid"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);

        HttpResponse<String> callback = idp.post(
                idp.url("/account/consent"),
                Idp.form("pending", pending, "scope", "read:core", "company", "demo-company-a", "decision", "deny"));

        assertThat(callback.statusCode()).isEqualTo(302);
        Map<String, List<String>> query = Idp.query(Idp.location(callback));
        assertThat(Idp.first(query, "error")).isEqualTo("access_denied");
        assertThat(Idp.first(query, "error_reason")).isEqualTo("user_denied");
        assertThat(Idp.first(query, "error_description")).isEqualTo("The user did not authorize the request");
        assertThat(Idp.first(query, "state")).isEqualTo("flow-state");
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void untickingEveryScopeIsInvalidScope() {
        String pending =
                login(startFlow(Idp.WEB, "read:core openid"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);

        HttpResponse<String> callback = idp.post(
                idp.url("/account/consent"),
                Idp.form("pending", pending, "company", "demo-company-a", "decision", "grant"));

        Map<String, List<String>> query = Idp.query(Idp.location(callback));
        assertThat(Idp.first(query, "error")).isEqualTo("invalid_scope");
        assertThat(Idp.first(query, "state")).isEqualTo("flow-state");
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void grantingAScopeThatWasNotRequestedIsInvalidScope() {
        String pending = login(startFlow(Idp.WEB, "read:core"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);

        HttpResponse<String> callback = postRaw(
                "/account/consent",
                "pending=" + pending
                        + "&scope=read%3Acore&scope=readwrite%3Acore&company=demo-company-a&decision=grant");

        assertThat(Idp.first(Idp.query(Idp.location(callback)), "error")).isEqualTo("invalid_scope");
    }

    @Test
    void companyOfAnotherUserIsRefused() {
        String pending = login(startFlow(Idp.WEB, "read:core"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);

        HttpResponse<String> response = idp.post(
                idp.url("/account/consent"),
                Idp.form("pending", pending, "scope", "read:core", "company", "acme", "decision", "grant"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Idp.location(response)).isNull();
        // The request is still pending: a proper choice goes through.
        assertThat(idp.post(
                                idp.url("/account/consent"),
                                Idp.form(
                                        "pending",
                                        pending,
                                        "scope",
                                        "read:core",
                                        "company",
                                        "demo-company-a",
                                        "decision",
                                        "grant"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void aConsentIsTakenOnce() {
        String pending = login(startFlow(Idp.WEB, "read:core"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);
        Map<String, String> form =
                Idp.form("pending", pending, "scope", "read:core", "company", "demo-company-a", "decision", "grant");

        assertThat(idp.post(idp.url("/account/consent"), form).statusCode()).isEqualTo(302);
        HttpResponse<String> again = idp.post(idp.url("/account/consent"), form);

        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(Idp.location(again)).isNull();
        assertThat(again.body()).contains(LoginEndpoint.EXPIRED);
    }

    @Test
    void consentWithoutLoginShowsTheLoginPage() {
        String pending = startFlow(Idp.WEB, "read:core");

        HttpResponse<String> response = idp.post(
                idp.url("/account/consent"),
                Idp.form("pending", pending, "scope", "read:core", "company", "demo-company-a", "decision", "grant"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Idp.location(response)).isNull();
        assertThat(response.body()).contains("id=\"sign-in\"");
    }

    @Test
    void pendingRequestsExpire() {
        String pending = startFlow(Idp.WEB, "read:core");
        sandbox.clock().advance(PendingAuthorizations.PENDING_LIFETIME.plusSeconds(1));

        HttpResponse<String> response = idp.post(
                idp.url("/account/login"),
                Idp.form(
                        "pending",
                        pending,
                        "login",
                        SandboxConfig.DEMO_LOGIN,
                        "password",
                        SandboxConfig.DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Idp.location(response)).isNull();
        assertThat(response.body()).contains(LoginEndpoint.EXPIRED);
    }

    @Test
    void loginSessionsExpire() {
        String pending = login(startFlow(Idp.WEB, "read:core"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);
        sandbox.clock().advance(PendingAuthorizations.LOGIN_LIFETIME.plus(Duration.ofSeconds(1)));

        HttpResponse<String> response = idp.post(
                idp.url("/account/consent"),
                Idp.form("pending", pending, "scope", "read:core", "company", "demo-company-a", "decision", "grant"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Idp.location(response)).isNull();
        assertThat(response.body()).contains(ConsentEndpoint.LOGIN_EXPIRED, "id=\"sign-in\"");
        // Logging in again lets the user finish.
        String again =
                login(Idp.hidden(response.body(), "pending"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD);
        assertThat(idp.post(
                                idp.url("/account/consent"),
                                Idp.form(
                                        "pending",
                                        again,
                                        "scope",
                                        "read:core",
                                        "company",
                                        "demo-company-a",
                                        "decision",
                                        "grant"))
                        .statusCode())
                .isEqualTo(302);
    }

    @Test
    void unknownPendingIdIsAnErrorPage() {
        HttpResponse<String> response = idp.post(
                idp.url("/account/login"),
                Idp.form(
                        "pending",
                        "made-up",
                        "login",
                        SandboxConfig.DEMO_LOGIN,
                        "password",
                        SandboxConfig.DEMO_PASSWORD));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Idp.location(response)).isNull();
    }

    @Test
    void pagesEscapeAppUserAndCompanyNames() {
        String loginHtml = idp.get(idp.authorizeUrl(Idp.authorizeParams("html-app", "read:core", "s")))
                .body();
        assertThat(loginHtml)
                .contains("Evil &lt;script&gt;x()&lt;/script&gt; &amp; &quot;co&quot;")
                .doesNotContain("<script>");

        HttpResponse<String> failed = idp.post(
                idp.url("/account/login"),
                Idp.form(
                        "pending",
                        Idp.hidden(loginHtml, "pending"),
                        "login",
                        "\"><script>y()</script>",
                        "password",
                        "x"));
        assertThat(failed.body()).contains("&quot;&gt;&lt;script&gt;y()").doesNotContain("<script>");

        HttpResponse<String> consent = idp.post(
                idp.url("/account/login"),
                Idp.form("pending", Idp.hidden(loginHtml, "pending"), "login", "ann@example.com", "password", "pw<>"));
        assertThat(consent.body())
                .contains("Acme &lt;Tools&gt; &amp; Co")
                .contains("Evil &lt;script&gt;")
                .doesNotContain("<script>")
                .doesNotContain("pw<>");
    }

    @Test
    void pagesAreNotFramedNorCached() {
        HttpResponse<String> page = idp.get(idp.authorizeUrl(Idp.authorizeParams(Idp.WEB, "read:core", "s")));

        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    private String startFlow(String clientId, String scope) {
        HttpResponse<String> page = idp.get(idp.authorizeUrl(Idp.authorizeParams(clientId, scope, "flow-state")));
        assertThat(page.statusCode()).isEqualTo(200);
        return Idp.hidden(page.body(), "pending");
    }

    private String login(String pending, String login, String password) {
        HttpResponse<String> page =
                idp.post(idp.url("/account/login"), Idp.form("pending", pending, "login", login, "password", password));
        assertThat(page.body()).contains("id=\"grant\"");
        return Idp.hidden(page.body(), "pending");
    }

    private HttpResponse<String> postRaw(String path, String body) {
        return idp.postEncoded(idp.url(path), body);
    }
}
