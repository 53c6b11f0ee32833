package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code Authorization: Bearer <current token>} and {@code X-UTC-OFFSET} on every request, exactly once each. */
class RequestHeadersTest {
    private static final Instant JANUARY = Instant.parse("2025-01-15T12:00:00Z");
    private static final Instant JULY = Instant.parse("2025-07-15T12:00:00Z");

    private CoreSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void everyCallCarriesOneAuthorizationHeaderWithTheCurrentToken() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.store(client, "token-one", "refresh-one", Instant.now(), server.url() + "/api/one");
            ActivityApi api = client.api(ActivityApi.class);

            api.list(CoreQuery.all());
            api.list(CoreQuery.all());
            api.delete("3f1c9a52-8d77-4c59-9b7d-000000000001");
            Fixtures.store(client, "token-two", "refresh-two", Instant.now(), server.url() + "/api/one");
            api.list(CoreQuery.all());

            List<TestServer.Seen> calls = server.requests("/api/");
            assertThat(calls)
                    .extracting(TestServer.Seen::authorization)
                    .containsExactly(
                            List.of("Bearer token-one"),
                            List.of("Bearer token-one"),
                            List.of("Bearer token-one"),
                            List.of("Bearer token-two"));
            assertThat(server.requests("/idp/")).isEmpty();
        }
    }

    @Test
    void theReplayAfterA401CarriesExactlyOneAuthorizationHeaderWithTheNewToken() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> {
                if (seen.authorization().equals(List.of("Bearer new-token"))) {
                    TestServer.json(exchange, 200, "[{\"code\":\"DEV\"}]");
                } else {
                    exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                    TestServer.json(exchange, 401, "\"Not authenticated\"");
                }
            });
            server.on(
                    "/idp/connect/token",
                    (exchange, seen) ->
                            TestServer.json(exchange, 200, TestServer.tokenResponse("new-token", "refresh-two", null)));
            CoreClient client = Fixtures.serverClient(server).build();
            Fixtures.store(client, "old-token", "refresh-one", Instant.now(), server.url() + "/api/one");

            assertThat(client.api(ActivityApi.class).list(CoreQuery.all())).hasSize(1);

            List<TestServer.Seen> calls = server.requests("/api/");
            assertThat(calls).hasSize(2);
            assertThat(calls.get(0).authorization()).containsExactly("Bearer old-token");
            assertThat(calls.get(1).authorization()).containsExactly("Bearer new-token");
            assertThat(calls)
                    .allSatisfy(c -> assertThat(c.headers().get("X-utc-offset")).hasSize(1));
            List<TestServer.Seen> refreshes = server.requests("/idp/connect/token");
            assertThat(refreshes).hasSize(1);
            assertThat(refreshes.get(0).body()).contains("grant_type=refresh_token", "refresh_token=refresh-one");
        }
    }

    static Stream<Arguments> offsets() {
        return Stream.of(
                Arguments.of(
                        "Los Angeles in January",
                        JANUARY,
                        (UnaryOperator<CoreClient.Builder>) b -> b.utcOffset(ZoneId.of("America/Los_Angeles")),
                        "-480"),
                Arguments.of(
                        "Los Angeles in July",
                        JULY,
                        (UnaryOperator<CoreClient.Builder>) b -> b.utcOffset(ZoneId.of("America/Los_Angeles")),
                        "-420"),
                Arguments.of(
                        "Kolkata",
                        JULY,
                        (UnaryOperator<CoreClient.Builder>) b -> b.utcOffset(ZoneId.of("Asia/Kolkata")),
                        "330"),
                Arguments.of(
                        "Kathmandu",
                        JANUARY,
                        (UnaryOperator<CoreClient.Builder>) b -> b.utcOffset(ZoneId.of("Asia/Kathmandu")),
                        "345"),
                Arguments.of(
                        "fixed -03:30",
                        JULY,
                        (UnaryOperator<CoreClient.Builder>) b -> b.utcOffset(ZoneOffset.ofHoursMinutes(-3, -30)),
                        "-210"),
                Arguments.of(
                        "fixed UTC",
                        JANUARY,
                        (UnaryOperator<CoreClient.Builder>) b -> b.utcOffset(ZoneOffset.UTC),
                        "0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("offsets")
    void utcOffsetIsMinutesEastOfUtcAtTheRequestInstant(
            String name, Instant at, UnaryOperator<CoreClient.Builder> offset, String expected) {
        CoreClient client = offset.apply(Fixtures.sandboxClient(sandbox).clock(Clock.fixed(at, ZoneOffset.UTC)))
                .build();
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, at);

        client.api(ActivityApi.class).list(CoreQuery.all());

        JournalEntry entry = single(sandbox.journal().entries("/activity"));
        assertThat(entry.utcOffsetHeader()).isEqualTo(expected);
        assertThat(entry.headers().get("x-utc-offset")).hasSize(1);
        assertThat(entry.status()).isEqualTo(200);
    }

    @Test
    void noUtcOffsetSendsNoHeader() {
        CoreClient client = Fixtures.sandboxClient(sandbox)
                .utcOffset(ZoneId.of("Asia/Kolkata"))
                .noUtcOffset()
                .build();
        Fixtures.seed(sandbox, client);

        client.api(ActivityApi.class).list(CoreQuery.all());

        JournalEntry entry = single(sandbox.journal().entries("/activity"));
        assertThat(entry.utcOffsetHeader()).isNull();
        assertThat(entry.headers()).doesNotContainKey("x-utc-offset");
        assertThat(entry.status()).isEqualTo(200);
    }

    @Test
    void theOffsetIsComputedPerRequestSoDaylightSavingTimeIsRight() {
        MutableClock clock = new MutableClock(JANUARY);
        CoreClient client = Fixtures.sandboxClient(sandbox)
                .clock(clock)
                .utcOffset(ZoneId.of("America/Los_Angeles"))
                .build();
        TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
        // Valid on the client's clock for the whole year, so the clock jump does not refresh.
        client.storeTokens(new TokenSet(
                issued.accessToken(),
                issued.refreshToken(),
                "Bearer",
                JANUARY,
                JANUARY.plus(Duration.ofDays(365)),
                Fixtures.READ_WRITE,
                sandbox.endpoint(Fixtures.COMPANY),
                null));
        ActivityApi api = client.api(ActivityApi.class);

        api.list(CoreQuery.all());
        clock.set(JULY);
        api.list(CoreQuery.all());

        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::utcOffsetHeader)
                .containsExactly("-480", "-420");
        assertThat(sandbox.journal().entries("/connect/token")).isEmpty();
    }

    @Test
    void theReplayAfterNotAuthenticatedCarriesTheOffsetOnce() {
        CoreClient client = Fixtures.sandboxClient(sandbox)
                .utcOffset(ZoneId.of("Asia/Kolkata"))
                .build();
        TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
        Fixtures.store(
                client, "not-a-live-token", issued.refreshToken(), Instant.now(), sandbox.endpoint(Fixtures.COMPANY));

        client.api(ActivityApi.class).list(CoreQuery.all());

        List<JournalEntry> calls = sandbox.journal().entries("/activity");
        assertThat(calls).hasSize(2);
        assertThat(calls).allSatisfy(c -> {
            assertThat(c.headers().get("x-utc-offset")).containsExactly("330");
            assertThat(c.headers().get("authorization")).hasSize(1);
        });
    }

    private static JournalEntry single(List<JournalEntry> entries) {
        assertThat(entries).hasSize(1);
        return entries.get(0);
    }

    /** A clock a test moves. */
    static final class MutableClock extends Clock {
        private final AtomicReference<Instant> now;

        MutableClock(Instant start) {
            this.now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public Instant instant() {
            return now.get();
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
}
