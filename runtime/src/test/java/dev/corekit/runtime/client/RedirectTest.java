package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreApiException;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A redirect is never followed: the token would go wherever the redirect points. */
class RedirectTest {

    @ParameterizedTest(name = "{0} with {1}")
    @CsvSource({
        "301, OKHTTP", "302, OKHTTP", "303, OKHTTP", "307, OKHTTP", "308, OKHTTP",
        "301, JDK", "302, JDK", "303, JDK", "307, JDK", "308, JDK"
    })
    void aRedirectIsAnErrorAndItsTargetReceivesNothing(int status, ClientKind kind) {
        try (TestServer api = TestServer.start();
                TestServer elsewhere = TestServer.start()) {
            elsewhere.on("/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            api.on("/api/", (exchange, seen) -> {
                exchange.getResponseHeaders().set("Location", elsewhere.url() + seen.path());
                TestServer.send(exchange, status, "text/plain", "moved");
            });
            CoreClient client = kind.setting.apply(Fixtures.serverClient(api)).build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), api.url() + "/api/one");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> client.api(ActivityApi.class).list(CoreQuery.all()));

            assertThat(elsewhere.requests()).isEmpty();
            assertThat(api.requests("/api/")).hasSize(1);
            assertThat(thrown).isExactlyInstanceOf(CoreApiException.class);
            CoreApiException error = (CoreApiException) thrown;
            assertThat(error.status()).isEqualTo(status);
            assertThat(error.method()).isEqualTo("GET");
            assertThat(error.path()).isEqualTo("/api/one/activity");
            assertThat(error.getMessage()).doesNotContain("live-token");
        }
    }

    @ParameterizedTest(name = "POST {0} with {1}")
    @CsvSource({"307, OKHTTP", "308, OKHTTP", "307, JDK", "308, JDK"})
    void aRedirectedPostIsNotResent(int status, ClientKind kind) {
        try (TestServer api = TestServer.start();
                TestServer elsewhere = TestServer.start()) {
            elsewhere.on("/", (exchange, seen) -> TestServer.json(exchange, 201, "{}"));
            api.on("/api/", (exchange, seen) -> {
                exchange.getResponseHeaders().set("Location", elsewhere.url() + seen.path());
                TestServer.send(exchange, status, "text/plain", "moved");
            });
            CoreClient client = kind.setting.apply(Fixtures.serverClient(api)).build();
            Fixtures.store(client, "live-token", "refresh", Instant.now(), api.url() + "/api/one");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> client.api(ActivityApi.class).create(Fixtures.activity("X")));

            assertThat(elsewhere.requests()).isEmpty();
            assertThat(api.requests("/api/")).hasSize(1);
            assertThat(thrown).isExactlyInstanceOf(CoreApiException.class);
            assertThat(((CoreApiException) thrown).status()).isEqualTo(status);
        }
    }
}
