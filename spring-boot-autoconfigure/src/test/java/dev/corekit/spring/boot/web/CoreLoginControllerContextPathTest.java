package dev.corekit.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxApp;
import dev.corekit.spring.boot.CoreConnections;
import dev.corekit.spring.boot.autoconfigure.Postgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/** "Connect to CORE" in an application served under a context path ({@code server.servlet.context-path=/app}). */
class CoreLoginControllerContextPathTest {
    private static final String REDIRECT_URI = "http://127.0.0.1/app/callback";

    @Test
    void aLoginUnderAContextPathCompletesAndReturnsToTheApplicationsPage() {
        try (CoreSandbox sandbox = CoreSandbox.builder()
                        .configure(config -> config.app(new SandboxApp(
                                "corekit-app",
                                "corekit-app-secret",
                                "corekit under /app",
                                List.of(REDIRECT_URI),
                                SandboxApp.ALL_SCOPES)))
                        .start();
                ConfigurableApplicationContext app = TestApps.start(
                        TestApps.Plain.class,
                        sandbox,
                        Postgres.newSchema(),
                        "server.servlet.context-path=/app",
                        "corekit.client-id=corekit-app",
                        "corekit.client-secret=corekit-app-secret",
                        "corekit.redirect-uri=" + REDIRECT_URI)) {
            String base = "http://127.0.0.1:" + TestApps.port(app);
            Browser browser = new Browser();

            HttpResponse<String> started = browser.post(
                    URI.create(base + "/app/corekit/connect"),
                    Map.of("returnTo", "/projects"),
                    "X-Tenant",
                    "acme",
                    "Sec-Fetch-Site",
                    "same-origin");

            assertThat(started.statusCode()).isEqualTo(303);
            assertThat(Http.setCookie(started, CoreLoginController.COOKIE)
                            .orElseThrow()
                            .attributes())
                    .containsEntry("path", "/app");
            URI callback = sandbox.approve(Http.location(started));
            assertThat(callback.getRawPath()).isEqualTo("/app/callback");
            URI atApp = URI.create(base + callback.getRawPath() + "?" + callback.getRawQuery());

            HttpResponse<String> completed = browser.get(atApp, "X-Tenant", "acme");

            assertThat(completed.statusCode()).as(completed.body()).isEqualTo(303);
            assertThat(Http.location(completed)).hasToString("/app/projects");
            assertThat(browser.cookieNames()).noneMatch(name -> name.startsWith(CoreLoginController.COOKIE));
            assertThat(TestApps.codeExchanges(sandbox)).hasSize(1);
            assertThat(app.getBean(CoreConnections.class).isConnected("acme")).isTrue();

            // The refused page links to the application's default page, under the context path.
            HttpResponse<String> refused = browser.get(atApp, "X-Tenant", "acme");
            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("href=\"/app/\"");
        }
    }
}
