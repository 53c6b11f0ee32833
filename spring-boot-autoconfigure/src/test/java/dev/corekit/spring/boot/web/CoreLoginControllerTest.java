package dev.corekit.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreApp;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.spring.boot.CoreConnections;
import dev.corekit.spring.boot.autoconfigure.Postgres;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * "Connect to CORE" in an application without Spring Security, on an embedded Tomcat, against the sandbox's log-in and
 * consent pages, with a browser's requests made by hand (redirects and cookies as a test decides).
 */
@ExtendWith(OutputCaptureExtension.class)
class CoreLoginControllerTest {
    private static TestApps.Running running;
    private static CoreSandbox sandbox;
    private static DataSource database;
    private static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        running = TestApps.Running.start(TestApps.Plain.class, "server.forward-headers-strategy=native");
        sandbox = running.sandbox();
        database = running.database();
        app = running.app();
    }

    @AfterAll
    static void stop() {
        if (running != null) {
            running.close();
        }
    }

    @BeforeEach
    void clearJournal() {
        sandbox.journal().clear();
    }

    @Test
    void connectsTheTenantsCompanyAndReturnsToItsPage(CapturedOutput output) throws Exception {
        HttpResponse<String> started = start("acme", "/projects?tab=open#top");

        assertThat(started.statusCode()).isEqualTo(303);
        URI authorize = Http.location(started);
        assertThat(authorize.toString()).startsWith(sandbox.identityUrl() + "/connect/authorize?");
        String state = query(authorize, "state");
        Http.SetCookie cookie =
                Http.setCookie(started, CoreLoginController.COOKIE).orElseThrow();
        assertThat(cookie.value()).isEqualTo(sha256(state));
        assertThat(cookie.name()).isEqualTo("COREKIT_LOGIN_" + sha256(state).substring(0, 8));
        assertThat(cookie.attributes())
                .containsEntry("path", "/")
                .containsEntry("max-age", "600")
                .containsEntry("samesite", "Lax")
                .containsKey("httponly")
                .doesNotContainKey("secure");

        URI callback = sandbox.approve(authorize);
        HttpResponse<String> completed =
                Http.get(at(callback), "Cookie", cookie.name() + "=" + cookie.value(), "X-Tenant", "acme");

        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects?tab=open#top");
        assertThat(Http.setCookie(completed, cookie.name()).orElseThrow().attributes())
                .containsEntry("max-age", "0")
                .containsEntry("path", "/");
        assertThat(codeExchanges()).hasSize(1);
        assertThat(app.getBean(CoreConnections.class).isConnected("acme")).isTrue();
        String code = query(callback, "code");
        assertThat(output).contains("connected CORE for connection acme");
        assertThat(output.getAll())
                .doesNotContain(state)
                .doesNotContain(cookie.value())
                .doesNotContain(code)
                .doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET);
        assertThat(started.body() + completed.body()).doesNotContain(code).doesNotContain(cookie.value());
    }

    @Test
    void aRequestTheResolverNamesNoConnectionForIsForbidden() {
        long pending = pendingAuthorizations();

        HttpResponse<String> refused =
                Http.post(connect(), Map.of("returnTo", "/projects"), "Sec-Fetch-Site", "same-origin");

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Location")).isEmpty();
        assertThat(Http.setCookie(refused, CoreLoginController.COOKIE)).isEmpty();
        assertThat(pendingAuthorizations()).isEqualTo(pending);
    }

    @Test
    void anotherSitesPageCannotStartALogin() {
        long pending = pendingAuthorizations();
        String own = "http://127.0.0.1:" + TestApps.port(app);

        List<HttpResponse<String>> crossSite = List.of(
                Http.post(connect(), Map.of(), "X-Tenant", "acme", "Sec-Fetch-Site", "cross-site"),
                Http.post(connect(), Map.of(), "X-Tenant", "acme", "Sec-Fetch-Site", "cross-site", "Origin", own),
                // A page of a sibling subdomain (another origin of the same site).
                Http.post(connect(), Map.of(), "X-Tenant", "acme", "Sec-Fetch-Site", "same-site"),
                Http.post(connect(), Map.of(), "X-Tenant", "acme", "Origin", "https://evil.example"),
                Http.post(connect(), Map.of(), "X-Tenant", "acme", "Origin", "null"));

        assertThat(crossSite).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(403);
            assertThat(Http.setCookie(response, CoreLoginController.COOKIE)).isEmpty();
        });
        assertThat(pendingAuthorizations()).isEqualTo(pending);
        // The application's own pages can.
        assertThat(Http.post(connect(), Map.of(), "X-Tenant", "acme", "Origin", own)
                        .statusCode())
                .isEqualTo(303);
        assertThat(Http.post(connect(), Map.of(), "X-Tenant", "acme", "Sec-Fetch-Site", "same-origin")
                        .statusCode())
                .isEqualTo(303);
        assertThat(Http.post(connect(), Map.of(), "X-Tenant", "acme", "Sec-Fetch-Site", "none")
                        .statusCode())
                .isEqualTo(303);
        assertThat(pendingAuthorizations()).isEqualTo(pending + 3);
    }

    @Test
    void behindAProxyThatTerminatesTlsTheCookieIsSecureAndTheOriginIsTheProxys() {
        HttpResponse<String> started = Http.post(
                connect(),
                Map.of("returnTo", "/projects"),
                "X-Tenant",
                "acme",
                "X-Forwarded-Proto",
                "https",
                "Origin",
                "https://127.0.0.1");

        assertThat(started.statusCode()).isEqualTo(303);
        Http.SetCookie cookie =
                Http.setCookie(started, CoreLoginController.COOKIE).orElseThrow();
        // Only this host, over https, can set a __Host- cookie: not a sibling subdomain, not a plain-http page.
        assertThat(cookie.name()).startsWith("__Host-COREKIT_LOGIN_");
        assertThat(cookie.attributes())
                .containsKey("secure")
                .containsEntry("path", "/")
                .doesNotContainKey("domain");

        HttpResponse<String> completed = Http.get(
                at(sandbox.approve(Http.location(started))),
                "Cookie",
                cookie.name() + "=" + cookie.value(),
                "X-Tenant",
                "acme",
                "X-Forwarded-Proto",
                "https");
        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects");
        assertThat(Http.setCookie(completed, cookie.name()).orElseThrow().attributes())
                .containsEntry("max-age", "0")
                .containsEntry("path", "/")
                .containsKey("secure");
        assertThat(codeExchanges()).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "//evil.example/projects",
                "https://evil.example",
                "https://evil.example/projects",
                "/\\evil.example",
                "\\\\evil.example",
                "%2F%2Fevil.example",
                "/\r\nLocation: https://evil.example",
                "/\tevil",
                "javascript:alert(1)",
                "evil.example",
                "/ //evil.example",
                "/projects/\u00e9",
                ""
            })
    void aReturnPathOfAnotherSiteBecomesTheDefault(String returnTo) {
        HttpResponse<String> completed = loginReturningTo(returnTo);

        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(completed.headers().allValues("Location")).containsExactly("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/%2F%2Fevil.example", "/%5Cevil.example", "/..//evil.example", "/%2e%2e//evil.example"})
    void aLocalPathThatLooksLikeAnotherSiteKeepsTheBrowserOnTheHost(String returnTo) {
        HttpResponse<String> completed = loginReturningTo(returnTo);

        assertThat(completed.statusCode()).isEqualTo(303);
        // Where the browser goes: the Location resolved against the callback's URI.
        URI page = completed.uri().resolve(Http.location(completed));
        assertThat(page.getHost()).isEqualTo("127.0.0.1");
        assertThat(page.getPort()).isEqualTo(TestApps.port(app));
        assertThat(page.getRawAuthority()).isEqualTo("127.0.0.1:" + TestApps.port(app));
    }

    @Test
    void aReturnPathWithPercentEscapesIsKeptAsSent() {
        HttpResponse<String> completed = loginReturningTo("/search?q=a%20b&tag=%C3%A9#r%C3%A9sultats");

        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(completed.headers().allValues("Location"))
                .containsExactly("/search?q=a%20b&tag=%C3%A9#r%C3%A9sultats");
    }

    private static HttpResponse<String> loginReturningTo(String returnTo) {
        HttpResponse<String> started = start("return-paths", returnTo);
        return Http.get(
                at(sandbox.approve(Http.location(started))),
                "Cookie",
                Http.loginCookie(started),
                "X-Tenant",
                "return-paths");
    }

    @Test
    void aCallbackWithoutTheBrowsersCookieIsRefusedAndSendsNothingToCore(CapturedOutput output) {
        HttpResponse<String> started = start("acme", "/projects");
        Http.SetCookie set = Http.setCookie(started, CoreLoginController.COOKIE).orElseThrow();
        String cookie = set.name() + "=" + set.value();
        URI callback = sandbox.approve(Http.location(started));
        HttpResponse<String> other = start("acme", "/other");
        String otherCookie = Http.loginCookie(other);

        for (HttpResponse<String> refused : List.of(
                Http.get(at(callback), "X-Tenant", "acme"),
                Http.get(at(callback), "Cookie", otherCookie, "X-Tenant", "acme"),
                Http.get(
                        at(callback),
                        "Cookie",
                        set.name() + "=" + Http.cookie(other, CoreLoginController.COOKIE),
                        "X-Tenant",
                        "acme"),
                Http.get(at(callback), "Cookie", cookie.substring(0, cookie.length() - 1), "X-Tenant", "acme"))) {
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
            assertThat(refused.body())
                    .contains("The CORE login could not be completed")
                    .doesNotContain(query(callback, "code"))
                    .doesNotContain(query(callback, "state"))
                    .doesNotContain("Exception");
        }
        assertThat(codeExchanges()).isEmpty();
        assertThat(output).contains("refused a CORE login callback: the browser has no COREKIT_LOGIN cookie");

        // The state was not spent: the browser that started the login still completes it.
        HttpResponse<String> completed = Http.get(at(callback), "Cookie", "other=1; " + cookie, "X-Tenant", "acme");
        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects");
        assertThat(codeExchanges()).hasSize(1);
        assertThat(output.getAll()).doesNotContain(query(callback, "code")).doesNotContain(set.value());
    }

    @Test
    void aCallbackTheResolverNamesNoConnectionForCompletesTheLoginOfItsCookie() {
        // E.g. the callback reached an instance that does not know the user's session: the cookie binds it.
        HttpResponse<String> started = start("acme", "/projects");
        URI callback = sandbox.approve(Http.location(started));

        HttpResponse<String> completed = Http.get(at(callback), "Cookie", Http.loginCookie(started));

        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects");
        assertThat(codeExchanges()).hasSize(1);
        assertThat(app.getBean(CoreConnections.class).isConnected("acme")).isTrue();
    }

    @Test
    void aLoginStartedForAnotherTenantIsRefusedBeforeItsCodeIsExchanged(CapturedOutput output) {
        // An attacker of tenant "attacker" starts a login and plants its cookie in the victim's browser (e.g. from a
        // sibling subdomain), then sends the victim to CORE's authorize page of that login.
        HttpResponse<String> attackers = start("attacker", "/projects");
        String planted = Http.loginCookie(attackers);
        URI callback = sandbox.approve(Http.location(attackers));

        // The victim's browser brings the victim's code back; the application names the victim's tenant.
        HttpResponse<String> refused = Http.get(at(callback), "Cookie", planted, "X-Tenant", "victim");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("The CORE login could not be completed");
        assertThat(codeExchanges()).isEmpty();
        assertThat(app.getBean(CoreConnections.class).isConnected("attacker")).isFalse();
        assertThat(app.getBean(CoreConnections.class).isConnected("victim")).isFalse();
        assertThat(output).contains("refused a CORE login callback: authorization state refused (OTHER_CONNECTION)");
        // The state is spent: the attacker cannot complete it afterwards either.
        HttpResponse<String> again = Http.get(at(callback), "Cookie", planted, "X-Tenant", "attacker");
        assertThat(Http.location(again)).hasToString("/projects?corekit-error=replayed");
        assertThat(codeExchanges()).isEmpty();
    }

    @Test
    void twoLoginsInFlightInOneBrowserBothComplete() {
        Browser browser = new Browser();
        HttpResponse<String> first =
                browser.post(connect(), Map.of("returnTo", "/a"), "X-Tenant", "acme", "Sec-Fetch-Site", "same-origin");
        HttpResponse<String> second =
                browser.post(connect(), Map.of("returnTo", "/b"), "X-Tenant", "beta", "Sec-Fetch-Site", "same-origin");
        URI firstCallback = sandbox.approve(Http.location(first));
        URI secondCallback = sandbox.approve(Http.location(second));

        HttpResponse<String> firstCompleted = browser.get(at(firstCallback), "X-Tenant", "acme");
        HttpResponse<String> secondCompleted = browser.get(at(secondCallback), "X-Tenant", "beta");

        assertThat(firstCompleted.statusCode()).isEqualTo(303);
        assertThat(Http.location(firstCompleted)).hasToString("/a");
        assertThat(secondCompleted.statusCode()).isEqualTo(303);
        assertThat(Http.location(secondCompleted)).hasToString("/b");
        assertThat(codeExchanges()).hasSize(2);
        // Each callback cleared its own cookie only; none is left.
        assertThat(browser.cookieNames()).noneMatch(name -> name.startsWith(CoreLoginController.COOKIE));
    }

    @Test
    void aBrowserKeepsABoundedNumberOfLoginCookies() {
        Browser browser = new Browser();
        for (int i = 0; i <= CoreLoginController.MAX_LOGINS; i++) {
            HttpResponse<String> started =
                    browser.post(connect(), Map.of(), "X-Tenant", "acme", "Sec-Fetch-Site", "same-origin");
            assertThat(started.statusCode()).isEqualTo(303);
            String set = Http.setCookie(started, CoreLoginController.COOKIE)
                    .orElseThrow()
                    .name();
            List<String> logins = browser.cookieNames().stream()
                    .filter(name -> name.startsWith(CoreLoginController.COOKIE))
                    .toList();
            assertThat(logins)
                    .hasSizeLessThanOrEqualTo(CoreLoginController.MAX_LOGINS)
                    .isNotEmpty();
            // Up to MAX_LOGINS logins are kept; the start beyond them forgets the earlier ones and keeps its own.
            int expected = i < CoreLoginController.MAX_LOGINS ? i + 1 : 1;
            assertThat(logins).hasSize(expected).contains(set);
        }
    }

    @Test
    void corePutsNoLineBreakIntoTheLog(CapturedOutput output) {
        for (String error : List.of("access_denied", "access_denied%0D%0A2026-12-02%20INFO%20FORGED-ERROR")) {
            HttpResponse<String> started = start("denied", "/projects");
            String state = query(Http.location(started), "state");
            URI callback = URI.create(TestApps.REDIRECT_URI + "?error=" + error
                    + "&error_description=Denied%0D%0A2026-12-02%20INFO%20FORGED-DESCRIPTION%0Aend&state="
                    + URLEncoder.encode(state, StandardCharsets.UTF_8));

            HttpResponse<String> completed =
                    Http.get(at(callback), "Cookie", Http.loginCookie(started), "X-Tenant", "denied");

            assertThat(completed.statusCode()).isEqualTo(303);
            assertThat(Http.location(completed).toString()).startsWith("/projects?corekit-error=");
        }
        assertThat(output.getAll())
                .contains("a CORE login did not complete: OAuth error access_denied")
                .doesNotContain("FORGED-DESCRIPTION")
                .doesNotContain("\nend")
                .doesNotContain("\r\n2026-12-02 INFO FORGED-ERROR")
                .doesNotContain("\n2026-12-02 INFO FORGED-ERROR");
    }

    @Test
    void aCallbackWhileTheAppIsClosedAnswers503AndKeepsTheLogin() {
        try (TestApps.Running closing = TestApps.Running.start(TestApps.Plain.class)) {
            HttpResponse<String> started = Http.post(
                    closing.uri("/corekit/connect"),
                    Map.of("returnTo", "/projects"),
                    "X-Tenant",
                    "acme",
                    "Sec-Fetch-Site",
                    "same-origin");
            Http.SetCookie cookie =
                    Http.setCookie(started, CoreLoginController.COOKIE).orElseThrow();
            URI callback = closing.sandbox().approve(Http.location(started));
            closing.app().getBean(CoreApp.class).close();

            HttpResponse<String> unavailable =
                    Http.get(closing.at(callback), "Cookie", cookie.name() + "=" + cookie.value(), "X-Tenant", "acme");

            assertThat(unavailable.statusCode()).isEqualTo(503);
            assertThat(unavailable.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(unavailable.headers().firstValue("Location")).isEmpty();
            // The state is still pending: another instance may complete it.
            assertThat(Postgres.execute(
                            closing.database(),
                            "UPDATE corekit_pending_authorizations SET expires_at = expires_at"
                                    + " WHERE taken_at IS NULL AND state_hash = '" + cookie.value() + "'"))
                    .isEqualTo(1);
            assertThat(closing.sandbox().journal().filter(entry -> entry.path().endsWith("/connect/token")))
                    .isEmpty();
        }
    }

    @Test
    void aReloadedCallbackReturnsWithReplayedAndExchangesNoSecondCode(CapturedOutput output) {
        HttpResponse<String> started = start("acme", "/projects");
        String cookie = Http.loginCookie(started);
        URI callback = sandbox.approve(Http.location(started));
        assertThat(Http.location(Http.get(at(callback), "Cookie", cookie, "X-Tenant", "acme")))
                .hasToString("/projects");

        HttpResponse<String> again = Http.get(at(callback), "Cookie", cookie, "X-Tenant", "acme");

        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(Http.location(again)).hasToString("/projects?corekit-error=replayed");
        assertThat(codeExchanges()).hasSize(1);
        assertThat(output).contains("refused a CORE login callback: authorization state refused (REPLAYED)");
        assertThat(output.getAll()).doesNotContain("Exception").doesNotContain(query(callback, "code"));
    }

    @Test
    void aDeniedConsentReturnsWithAccessDenied(CapturedOutput output) {
        HttpResponse<String> started = start("denied", "/projects?tab=open");
        String cookie = Http.cookie(started, CoreLoginController.COOKIE);
        URI callback = sandbox.deny(Http.location(started));

        HttpResponse<String> completed =
                Http.get(at(callback), "Cookie", Http.loginCookie(started), "X-Tenant", "denied");

        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects?tab=open&corekit-error=access_denied");
        assertThat(Http.setCookie(completed, CoreLoginController.COOKIE)
                        .orElseThrow()
                        .attributes())
                .containsEntry("max-age", "0");
        assertThat(codeExchanges()).isEmpty();
        assertThat(app.getBean(CoreConnections.class).isConnected("denied")).isFalse();
        assertThat(output).contains("a CORE login did not complete: OAuth error access_denied");
        assertThat(output.getAll()).doesNotContain("Exception").doesNotContain(cookie);
    }

    @Test
    void aLoginCompletedAfterItsLifetimeReturnsWithExpired() {
        HttpResponse<String> started = start("late", "/projects");
        String cookie = Http.cookie(started, CoreLoginController.COOKIE);
        URI callback = sandbox.approve(Http.location(started));
        // The pending lifetime has passed for this login, as the database tells every instance.
        assertThat(Postgres.execute(
                        database,
                        "UPDATE corekit_pending_authorizations SET expires_at = now() - interval '1 minute'"
                                + " WHERE state_hash = '" + cookie + "'"))
                .isEqualTo(1);

        HttpResponse<String> completed =
                Http.get(at(callback), "Cookie", Http.loginCookie(started), "X-Tenant", "late");

        assertThat(completed.statusCode()).isEqualTo(303);
        assertThat(Http.location(completed)).hasToString("/projects?corekit-error=expired");
        assertThat(codeExchanges()).isEmpty();
    }

    @Test
    void aCallbackWithAStateNobodyStartedIsAPlainBadRequest() throws Exception {
        String forged = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(
                        "{\"nonce\":\"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\",\"values\":{\"returnTo\":\"/x\"}}"
                                .getBytes(StandardCharsets.UTF_8));
        URI callback = URI.create(TestApps.REDIRECT_URI + "?code=forged-code&state=" + forged);

        HttpResponse<String> refused = Http.get(
                at(callback),
                "Cookie",
                CoreLoginController.COOKIE + "_" + sha256(forged).substring(0, 8) + "=" + sha256(forged),
                "X-Tenant",
                "acme");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body())
                .contains("The CORE login could not be completed")
                .doesNotContain("forged-code");
        assertThat(codeExchanges()).isEmpty();
    }

    private static HttpResponse<String> start(String tenant, String returnTo) {
        return Http.post(connect(), Map.of("returnTo", returnTo), "X-Tenant", tenant, "Sec-Fetch-Site", "same-origin");
    }

    private static URI connect() {
        return running.uri("/corekit/connect");
    }

    private static URI at(URI callback) {
        return running.at(callback);
    }

    private static long pendingAuthorizations() {
        return TestApps.pendingAuthorizations(database);
    }

    private static List<JournalEntry> codeExchanges() {
        return TestApps.codeExchanges(sandbox);
    }

    static String query(URI uri, String name) {
        for (String parameter : uri.getRawQuery().split("&")) {
            if (parameter.startsWith(name + "=")) {
                return URLDecoder.decode(parameter.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    static String sha256(String state) throws Exception {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
    }
}
