package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.SandboxLoginException;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link CoreSandbox#approve} and {@link CoreSandbox#deny}: the sandbox's own pages, driven over HTTP. */
class HeadlessLoginTest {
    private final CoreSandbox sandbox = CoreSandbox.start();
    private final Idp idp = new Idp(sandbox);
    private final String verifier = Idp.verifier();

    @AfterEach
    void close() {
        sandbox.close();
    }

    @Test
    void approveReturnsACallbackWhoseCodeGivesTokensThatCallTheApi() {
        URI callback = sandbox.approve(authorize("readwrite:core offline_access", "st 1"));

        assertThat(callback)
                .hasScheme("http")
                .hasHost("127.0.0.1")
                .hasPort(8765)
                .hasPath("/callback");
        Map<String, List<String>> query = Idp.query(callback.toString());
        assertThat(Idp.first(query, "state")).isEqualTo("st 1");
        assertThat(Idp.first(query, "companyId")).isEqualTo("demo-company-a");
        JsonNode tokens = exchange(Idp.first(query, "code"));
        assertThat(tokens.get("scope").asText()).isEqualTo("readwrite:core offline_access");
        assertThat(tokens.get("endpoint").asText()).isEqualTo(sandbox.endpoint("demo-company-a"));
        HttpResponse<String> activities = idp.getWithBearer(
                tokens.get("endpoint").asText() + "activity",
                tokens.get("access_token").asText());
        assertThat(activities.statusCode()).as(activities.body()).isEqualTo(200);
        assertThat(activities.body()).startsWith("[");
        // Through the pages, as a browser: the authorize request, the log-in form and the consent form.
        assertThat(sandbox.journal().entries("/idp/connect/authorize").stream().map(JournalEntry::status))
                .containsExactly(200);
        assertThat(sandbox.journal().entries("/idp/account/login"))
                .singleElement()
                .satisfies(login -> assertThat(login.body()).contains("login=demo%40corekit.dev", "password=***"));
        assertThat(sandbox.journal().entries("/idp/account/consent").stream().map(JournalEntry::status))
                .containsExactly(302);
    }

    @Test
    void approveAsAnotherUserAndCompany() {
        URI callback = sandbox.approve(
                authorize("read:core", "s"), SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "demo-company-b");

        JsonNode tokens = exchange(Idp.first(Idp.query(callback.toString()), "code"));
        assertThat(tokens.get("endpoint").asText()).isEqualTo(sandbox.endpoint("demo-company-b"));
        assertThat(tokens.get("scope").asText()).isEqualTo("read:core");
    }

    @Test
    void aWrongPasswordIsRefusedWithTheSandboxsMessageAndWithoutThePassword() {
        URI authorize = authorize("readwrite:core", "s");

        assertThatThrownBy(() -> sandbox.approve(authorize, SandboxConfig.DEMO_LOGIN, "guessed-pw", null))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessage("the sandbox refused the log-in of demo@corekit.dev: The login or password is incorrect.")
                .hasMessageNotContaining("guessed-pw");
        assertThat(sandbox.journal().entries("/idp/account/consent")).isEmpty();
    }

    @Test
    void anUnknownUserIsRefused() {
        assertThatThrownBy(() -> sandbox.approve(authorize("readwrite:core", "s"), "nobody@example.com", "x", null))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessage(
                        "the sandbox refused the log-in of nobody@example.com: The login or password is incorrect.");
    }

    @Test
    void aCompanyThatIsNotTheUsersIsRefused() {
        URI authorize = authorize("readwrite:core", "s");

        assertThatThrownBy(() -> sandbox.approve(
                        authorize, SandboxConfig.DEMO_LOGIN, SandboxConfig.DEMO_PASSWORD, "someone-elses"))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessage("the sandbox refused the consent of demo@corekit.dev for company someone-elses:"
                        + " Pick one of your companies.");
    }

    @Test
    void denyReturnsTheCallbackWithAccessDenied() {
        URI callback = sandbox.deny(authorize("readwrite:core", "st"));

        Map<String, List<String>> query = Idp.query(callback.toString());
        assertThat(Idp.first(query, "error")).isEqualTo("access_denied");
        assertThat(Idp.first(query, "state")).isEqualTo("st");
        assertThat(query).doesNotContainKey("code");
    }

    @Test
    void anAuthorizeUriOfAnotherServerIsRefusedBeforeAnythingIsSent() {
        URI elsewhere = URI.create("https://api-identity.bqecore.com/idp/connect/authorize?client_id=x&state=s");

        assertThatThrownBy(() -> sandbox.approve(elsewhere))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessageStartingWith("https://api-identity.bqecore.com/idp/connect/authorize is not this sandbox's"
                        + " authorize endpoint " + sandbox.identityUrl() + "/connect/authorize")
                .hasMessageNotContaining("state=");
        assertThat(sandbox.journal().entries()).isEmpty();
    }

    @Test
    void anAuthorizeRequestTheSandboxRefusesNamesWhy() {
        URI unknownClient = URI.create(idp.authorizeUrl(Idp.authorizeParams("no-such-app", "readwrite:core", "s")));

        assertThatThrownBy(() -> sandbox.approve(unknownClient))
                .isInstanceOf(SandboxLoginException.class)
                .hasMessage("the sandbox refused the authorize request:"
                        + " No application is registered with the client_id no-such-app.");
    }

    @Test
    void anAutoApprovingSandboxsRedirectIsReturnedAsItIs() {
        try (CoreSandbox auto = Idp.autoApproving("demo-company-b")) {
            Idp other = new Idp(auto);
            URI authorize = URI.create(other.authorizeUrl(Idp.authorizeParams(Idp.WEB, "readwrite:core", "s")));

            URI callback = auto.approve(authorize);

            assertThat(Idp.first(Idp.query(callback.toString()), "companyId")).isEqualTo("demo-company-b");
            assertThat(auto.journal().entries())
                    .singleElement()
                    .satisfies(e -> assertThat(e.path()).isEqualTo("/idp/connect/authorize"));
        }
    }

    private URI authorize(String scope, String state) {
        Map<String, String> params = Idp.authorizeParams(Idp.NATIVE, scope, state);
        params.put("code_challenge", Idp.challenge(verifier));
        params.put("code_challenge_method", "S256");
        return URI.create(idp.authorizeUrl(params));
    }

    private JsonNode exchange(String code) {
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
        return Idp.json(response);
    }
}
