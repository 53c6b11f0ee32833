package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.internal.http.CoreRequestInterceptor;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * A request carries the access token and goes to the API base of one and the same token set, even when new tokens of
 * its connection are stored while it is being prepared.
 */
class OneTokenSetPerRequestTest {

    /**
     * The app's clock; armed with an action, it runs it once when the request interceptor reads the time for
     * {@code X-UTC-OFFSET}, that is while the request is being prepared.
     */
    private static final class PreparationClock extends Clock {
        final AtomicReference<Runnable> armed = new AtomicReference<>();

        @Override
        public Instant instant() {
            boolean preparing = StackWalker.getInstance()
                    .walk(frames -> frames.skip(1)
                            .findFirst()
                            .map(frame -> frame.getClassName().equals(CoreRequestInterceptor.class.getName()))
                            .orElse(false));
            Runnable action = preparing ? armed.getAndSet(null) : null;
            if (action != null) {
                action.run();
            }
            return Instant.now();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    @Test
    void tokensStoredWhileARequestIsPreparedDoNotSendItsTokenToTheirEndpoint() {
        PreparationClock clock = new PreparationClock();
        try (TestServer server = TestServer.start();
                CoreApp app = CoreApp.builder()
                        .clientId("test-client")
                        .clientSecret("test-secret")
                        .redirectUri("http://127.0.0.1/callback")
                        .scopes("readwrite:core", "offline_access")
                        .identityServer(server.url() + "/idp")
                        .allowInsecureLoopback()
                        .clock(clock)
                        .build()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreClient acme = app.connection("acme");
            Fixtures.store(acme, "first-token", "first-refresh", Instant.now(), server.url() + "/api/first");
            clock.armed.set(() -> Fixtures.store(
                    acme, "second-token", "second-refresh", Instant.now(), server.url() + "/api/second"));

            acme.api(ActivityApi.class).list(CoreQuery.all());
            acme.api(ActivityApi.class).list(CoreQuery.all());

            assertThat(clock.armed.get())
                    .as("the new tokens were stored during the first request")
                    .isNull();
            assertThat(server.requests("/api/"))
                    .hasSize(2)
                    .allSatisfy(call -> assertThat(call.authorization())
                            .containsExactly(
                                    call.path().startsWith("/api/first/")
                                            ? "Bearer first-token"
                                            : "Bearer second-token"));
            assertThat(server.requests("/api/second/")).singleElement();
        }
    }
}
