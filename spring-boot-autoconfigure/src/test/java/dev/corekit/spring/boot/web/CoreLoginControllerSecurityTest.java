package dev.corekit.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.spring.boot.CoreConnections;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Connect to CORE" in an application with Spring Security: its CSRF protection covers the start, the resolver sees
 * the signed-in user, and the callback (a GET, permitted to everyone by the application) needs no token.
 */
class CoreLoginControllerSecurityTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static TestApps.Running running;

    @BeforeAll
    static void start() {
        running = TestApps.Running.start(TestApps.Secured.class);
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void theSignedInUserConnectsWithTheFormsCsrfTokenAndTheCallbackPasses() {
        SignedIn alice = signIn("alice", "alice-password");

        HttpResponse<String> started = Http.post(
                running.uri("/corekit/connect"),
                Map.of("_csrf", alice.csrf(), "returnTo", "/projects"),
                "Authorization",
                alice.authorization(),
                "Cookie",
                alice.session());

        assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
        URI callback = running.sandbox().approve(Http.location(started));
        String cookie = Http.loginCookie(started);
        // CORE's redirect brings the browser back, signed in, without a CSRF token; the resolver names alice's tenant.
        HttpResponse<String> completed = Http.get(
                running.at(callback),
                "Authorization",
                alice.authorization(),
                "Cookie",
                cookie + "; " + alice.session());
        assertThat(completed.statusCode()).as(completed.body()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects");
        assertThat(running.app().getBean(CoreConnections.class).isConnected("acme"))
                .isTrue();
    }

    @Test
    void aPostWithoutTheCsrfTokenStartsNoLogin() {
        SignedIn alice = signIn("alice", "alice-password");
        long pending = TestApps.pendingAuthorizations(running.database());

        // Same-origin as far as the browser's headers go: only the missing token tells it from the form.
        HttpResponse<String> refused = Http.post(
                running.uri("/corekit/connect"),
                Map.of("returnTo", "/projects"),
                "Authorization",
                alice.authorization(),
                "Cookie",
                alice.session(),
                "Sec-Fetch-Site",
                "same-origin");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(Http.setCookie(refused, CoreLoginController.COOKIE)).isEmpty();
        assertThat(TestApps.pendingAuthorizations(running.database())).isEqualTo(pending);
    }

    @Test
    void aUserTheResolverNamesNoConnectionForIsForbidden() {
        SignedIn bob = signIn("bob", "bob-password");

        HttpResponse<String> refused = Http.post(
                running.uri("/corekit/connect"),
                Map.of("_csrf", bob.csrf()),
                "Authorization",
                bob.authorization(),
                "Cookie",
                bob.session());

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).isEqualTo("This account may not connect a CORE company.");
        assertThat(Http.setCookie(refused, CoreLoginController.COOKIE)).isEmpty();
    }

    /**
     * {@return the user's session after opening the page with the "Connect to CORE" form, and the form's CSRF token}
     */
    private static SignedIn signIn(String user, String password) {
        String authorization =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> page = Http.get(running.uri("/connect-page"), "Authorization", authorization);
        assertThat(page.statusCode()).isEqualTo(200);
        return new SignedIn(authorization, "JSESSIONID=" + Http.cookie(page, "JSESSIONID"), csrfToken(page.body()));
    }

    /**
     * A signed-in user's browser.
     *
     * @param authorization the {@code Authorization} header
     * @param session the {@code Cookie} header of the session
     * @param csrf the CSRF token of the page's form
     */
    private record SignedIn(String authorization, String session, String csrf) {}

    private static String csrfToken(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as(page).isTrue();
        return token.group(1);
    }
}
