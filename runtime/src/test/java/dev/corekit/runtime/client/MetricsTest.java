package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.micrometer.MicrometerMetrics;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.RecordingSleeper;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.search.Search;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** corekit's meters in a real Micrometer registry, after calls to the sandbox. */
class MetricsTest {
    private CoreSandbox sandbox;
    private SimpleMeterRegistry registry;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        registry = new SimpleMeterRegistry();
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        sleeper = new RecordingSleeper(clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
        registry.close();
    }

    private CoreClient.Builder builder(ClientKind kind) {
        return kind.apply(Fixtures.sandboxClient(sandbox))
                .metrics(MicrometerMetrics.of(registry))
                .clock(clock)
                .sleeper(sleeper);
    }

    /** A client on the test clock with live tokens. */
    private CoreClient client(ClientKind kind) {
        CoreClient client = builder(kind).build();
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, clock.instant());
        return client;
    }

    private Search calls(String method, String outcome, String exception) {
        return registry.find(MicrometerMetrics.CALLS)
                .tags("resource", "activity", "method", method, "outcome", outcome, "exception", exception);
    }

    private long count(Search search) {
        Timer timer = search.timer();
        return timer == null ? 0 : timer.count();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void successfulCallsAreTimedByResourceMethodAndOutcome(ClientKind kind) {
        String id = Fixtures.seedActivity(sandbox, "DEV").get("id").asText();
        CoreClient client = client(kind);
        ActivityApi api = client.api(ActivityApi.class);

        // get(id) is a path-only call that corekit builds itself; list goes through Feign's handler.
        api.get(id);
        api.get(id);
        api.list(CoreQuery.all());

        assertThat(count(calls("get", "success", "none"))).isEqualTo(2);
        assertThat(count(calls("list", "success", "none"))).isEqualTo(1);
        assertThat(registry.find(MicrometerMetrics.CALLS).timers())
                .as("one timer per resource, method, outcome and exception")
                .hasSize(2);
        assertThat(calls("get", "success", "none").timer().totalTime(java.util.concurrent.TimeUnit.NANOSECONDS))
                .isPositive();
        assertThat(registry.find(MicrometerMetrics.RETRIES).counters()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aNotFoundIsAClientErrorTaggedWithItsTypedException(ClientKind kind) {
        ActivityApi api = client(kind).api(ActivityApi.class);

        assertThatThrownBy(() -> api.get("missing")).isInstanceOf(CoreNotFoundException.class);
        assertThatThrownBy(() -> api.delete("missing")).isInstanceOf(CoreNotFoundException.class);

        assertThat(count(calls("get", "client_error", "CoreNotFoundException"))).isEqualTo(1);
        assertThat(count(calls("delete", "client_error", "CoreNotFoundException")))
                .isEqualTo(1);
        assertThat(registry.find(MicrometerMetrics.CALLS)
                        .tag("outcome", "success")
                        .timers())
                .isEmpty();
    }

    @Test
    void retriesAreCountedAndTheCallTimedOnce() {
        Fixtures.seedActivity(sandbox, "DEV");
        sandbox.faults().on("activity").status(503, 2);
        ActivityApi api = client(ClientKind.OKHTTP).api(ActivityApi.class);

        assertThat(api.list(CoreQuery.all())).hasSize(1);

        assertThat(registry.find(MicrometerMetrics.RETRIES)
                        .tags("resource", "activity", "method", "list")
                        .counter()
                        .count())
                .isEqualTo(2);
        assertThat(count(calls("list", "success", "none"))).isEqualTo(1);
        assertThat(sleeper.waits()).hasSize(2);
    }

    @Test
    void aCallThatGivesUpIsAServerErrorAndCountsEachRetry() {
        sandbox.faults().on("activity").status(503, 10);
        ActivityApi api = client(ClientKind.OKHTTP).api(ActivityApi.class);

        assertThatThrownBy(() -> api.get("any")).isInstanceOf(CoreServerException.class);

        int attempts = sandbox.journal().entries("/activity/any").size();
        assertThat(attempts).isGreaterThan(1);
        assertThat(registry.find(MicrometerMetrics.RETRIES)
                        .tags("resource", "activity", "method", "get")
                        .counter()
                        .count())
                .isEqualTo(attempts - 1);
        assertThat(count(calls("get", "server_error", "CoreServerException"))).isEqualTo(1);
    }

    @Test
    void aTokenRefreshAheadOfExpiryIsCountedOnce() {
        CoreClient client = client(ClientKind.OKHTTP);
        ActivityApi api = client.api(ActivityApi.class);
        api.list(CoreQuery.all());
        assertThat(registry.get(MicrometerMetrics.TOKEN_REFRESHES).counter().count())
                .isZero();

        // The stored tokens expire in an hour on the client's clock; within the refresh skew, the next call refreshes.
        clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        api.list(CoreQuery.all());
        api.list(CoreQuery.all());

        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        assertThat(registry.get(MicrometerMetrics.TOKEN_REFRESHES).counter().count())
                .isEqualTo(1);
        assertThat(count(calls("list", "success", "none"))).isEqualTo(3);
    }

    @Test
    void aRefusedRefreshTokenCountsOneReauthorization() {
        CoreClient client = builder(ClientKind.OKHTTP).build();
        // Expired an hour ago, with a refresh token the identity server never issued: it answers invalid_grant.
        Fixtures.store(
                client,
                "expired-access-token",
                "unknown-refresh-token",
                clock.instant().minus(Duration.ofHours(2)),
                sandbox.endpoint(Fixtures.COMPANY));
        ActivityApi api = client.api(ActivityApi.class);

        assertThatThrownBy(() -> api.list(CoreQuery.all())).isInstanceOf(ReauthorizationRequiredException.class);
        assertThatThrownBy(() -> api.get("a1")).isInstanceOf(ReauthorizationRequiredException.class);

        assertThat(sandbox.journal().entries("/connect/token")).hasSize(1);
        assertThat(registry.get(MicrometerMetrics.REAUTHORIZATIONS).counter().count())
                .isEqualTo(1);
        assertThat(registry.get(MicrometerMetrics.TOKEN_REFRESHES).counter().count())
                .isZero();
        assertThat(count(calls("list", "error", "ReauthorizationRequiredException")))
                .isEqualTo(1);
        assertThat(count(calls("get", "error", "ReauthorizationRequiredException")))
                .isEqualTo(1);
        assertThat(sandbox.journal().entries("/activity")).isEmpty();
    }

    @Test
    void aRefusedAccessTokenIsRefreshedAndCounted() {
        CoreClient client = builder(ClientKind.OKHTTP).build();
        TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
        Fixtures.store(
                client,
                "dead-access-token",
                issued.refreshToken(),
                clock.instant(),
                sandbox.endpoint(Fixtures.COMPANY));

        client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(registry.get(MicrometerMetrics.TOKEN_REFRESHES).counter().count())
                .isEqualTo(1);
        assertThat(registry.find(MicrometerMetrics.RETRIES).counters())
                .as("a replay after a refresh is no retry")
                .isEmpty();
        assertThat(count(calls("list", "success", "none"))).isEqualTo(1);
    }

    @Test
    void theConnectionGaugesShowTheLiveConnectionOfCorekitsOwnPool() {
        ActivityApi api = client(ClientKind.OKHTTP).api(ActivityApi.class);
        assertThat(registry.get(MicrometerMetrics.CONNECTIONS).gauge().value()).isZero();

        api.list(CoreQuery.all());

        // The answer was read to its end: the connection is alive in the pool, idle until the next call.
        assertThat(registry.get(MicrometerMetrics.CONNECTIONS).gauge().value()).isEqualTo(1);
        assertThat(registry.get(MicrometerMetrics.IDLE_CONNECTIONS).gauge().value())
                .isEqualTo(1);
    }

    @Test
    void theJdkClientAndAnAppsOwnClientHaveNoConnectionGauge() {
        client(ClientKind.JDK).api(ActivityApi.class).list(CoreQuery.all());
        CoreClient own = Fixtures.sandboxClient(sandbox)
                .httpClient(new feign.Client.Default(null, null))
                .metrics(MicrometerMetrics.of(registry, Tags.of("app", "own")))
                .build();
        Fixtures.seed(sandbox, own);
        own.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(registry.find(MicrometerMetrics.CONNECTIONS).gauges()).isEmpty();
        assertThat(registry.find(MicrometerMetrics.IDLE_CONNECTIONS).gauges()).isEmpty();
        assertThat(count(registry.find(MicrometerMetrics.CALLS).tags("app", "own", "method", "list")))
                .isEqualTo(1);
    }

    @Test
    void noMeterNamesASecretAnIdOrAConnection() {
        String id = Fixtures.seedActivity(sandbox, "DEV").get("id").asText();
        CoreClient client =
                builder(ClientKind.OKHTTP).connection("acme-billing").build();
        TokenRegistry.Issued issued = Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, clock.instant());
        ActivityApi api = client.api(ActivityApi.class);
        api.get(id);
        assertThatThrownBy(() -> api.get("no-such-id")).isInstanceOf(CoreNotFoundException.class);
        clock.advance(Duration.ofMinutes(59).plusSeconds(30));
        api.list(CoreQuery.all());
        String refreshed = client.storedTokens().orElseThrow().accessToken();

        List<String> tagValues = new ArrayList<>();
        for (Meter meter : registry.getMeters()) {
            for (Tag tag : meter.getId().getTags()) {
                tagValues.add(tag.getKey() + "=" + tag.getValue());
            }
        }

        assertThat(tagValues)
                .isNotEmpty()
                .allSatisfy(value -> assertThat(value)
                        .doesNotContain(issued.accessToken())
                        .doesNotContain(issued.refreshToken())
                        .doesNotContain(refreshed)
                        .doesNotContain(SandboxConfig.DEMO_CLIENT_SECRET)
                        .doesNotContain(id)
                        .doesNotContain("no-such-id")
                        .doesNotContain("acme-billing")
                        .doesNotContain("127.0.0.1"));
        assertThat(registry.get(MicrometerMetrics.TOKEN_REFRESHES).counter().count())
                .isEqualTo(1);
        assertThat(client.api(ActivityApi.class).get(id)).isInstanceOf(JsonNode.class);
    }
}
