package dev.corekit.spring.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.spring.boot.CoreConnections;
import dev.corekit.spring.boot.autoconfigure.Postgres;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two instances of a web application behind a load balancer, sharing one PostgreSQL database and nothing in memory:
 * the user starts "Connect to CORE" on instance A, CORE's redirect reaches instance B, which completes it; the same
 * callback brought to A again is a replay, and CORE sees one code exchange.
 */
class CoreLoginAcrossInstancesTest {
    @Test
    void aLoginStartedOnOneInstanceCompletesOnTheOtherOnce() {
        DataSource database = Postgres.newSchema();
        try (CoreSandbox sandbox = CoreSandbox.start();
                ConfigurableApplicationContext a = TestApps.start(TestApps.Plain.class, sandbox, database);
                ConfigurableApplicationContext b = TestApps.start(TestApps.Plain.class, sandbox, database)) {
            HttpResponse<String> started = Http.post(
                    TestApps.uri(a, "/corekit/connect"),
                    Map.of("returnTo", "/projects"),
                    "X-Tenant",
                    "acme",
                    "Sec-Fetch-Site",
                    "same-origin");
            assertThat(started.statusCode()).isEqualTo(303);
            String cookie = Http.loginCookie(started);
            URI callback = sandbox.approve(Http.location(started));

            HttpResponse<String> onB = Http.get(TestApps.at(b, callback), "Cookie", cookie, "X-Tenant", "acme");
            HttpResponse<String> againOnA = Http.get(TestApps.at(a, callback), "Cookie", cookie, "X-Tenant", "acme");

            assertThat(onB.statusCode()).isEqualTo(303);
            assertThat(Http.location(onB)).hasToString("/projects");
            assertThat(againOnA.statusCode()).isEqualTo(303);
            assertThat(Http.location(againOnA)).hasToString("/projects?corekit-error=replayed");
            assertThat(TestApps.codeExchanges(sandbox)).hasSize(1);
            // Both instances now serve the company from the shared store.
            assertThat(a.getBean(CoreConnections.class).isConnected("acme")).isTrue();
            assertThat(b.getBean(CoreConnections.class).isConnected("acme")).isTrue();
        }
    }
}
