package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.Sleeper;
import dev.corekit.runtime.error.CoreRateLimitException;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.RecordingSleeper;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which calls are retried, how long corekit waits, and when it gives up. */
class RetryTest {
    private static final String ACTIVITY = "/api/" + Fixtures.COMPANY + "/activity";

    private CoreSandbox sandbox;
    private MutableClock clock;
    private RecordingSleeper sleeper;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
        sleeper = new RecordingSleeper(clock);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    /** The API on the test clock, whose sleeper records each wait and moves the clock by it. */
    private ActivityApi api(CoreClient.Builder builder) {
        CoreClient client = builder.clock(clock).sleeper(sleeper).build();
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, clock.instant());
        return client.api(ActivityApi.class);
    }

    private ActivityApi api(ClientKind kind) {
        return api(kind.setting.apply(Fixtures.sandboxClient(sandbox)));
    }

    private List<JournalEntry> posts() {
        return sandbox.journal()
                .filter(e -> e.method().equals("POST") && e.path().equals(ACTIVITY));
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aGetIsRetriedOn503AndThenSucceeds(ClientKind kind) {
        Fixtures.seedActivity(sandbox, "DEV");
        sandbox.faults().on("activity").status(503, 2);

        List<JsonNode> activities = api(kind).list(CoreQuery.all());

        assertThat(activities).hasSize(1);
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(503, 503, 200);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aDroppedGetIsRetriedAndSucceeds(ClientKind kind) {
        sandbox.faults().on("activity").dropConnection(1);

        assertThat(api(kind).list(CoreQuery.all())).isEmpty();

        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .endsWith(0, 200);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aPostIsNotRetriedOn503(ClientKind kind) {
        sandbox.faults().on("activity").status(503, 1);
        ActivityApi api = api(kind);

        assertThatThrownBy(() -> api.create(Fixtures.activity("X"))).isInstanceOf(CoreServerException.class);

        assertThat(posts()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aPostIsNotRetriedOn429(ClientKind kind) {
        sandbox.faults().on("activity").rateLimit(1, 1);
        ActivityApi api = api(kind);

        assertThatThrownBy(() -> api.create(Fixtures.activity("X")))
                .isInstanceOf(CoreRateLimitException.class)
                .satisfies(e ->
                        assertThat(((CoreRateLimitException) e).retryAfter()).isEqualTo(Duration.ofSeconds(1)));

        assertThat(posts()).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aPostWhoseFreshConnectionDropsIsSentOnce(ClientKind kind) {
        sandbox.faults().on("activity").dropConnection(1);
        ActivityApi api = api(kind);

        assertThatThrownBy(() -> api.create(Fixtures.activity("X")))
                .isInstanceOf(CoreTransportException.class)
                .satisfies(
                        e -> assertThat(((CoreTransportException) e).method()).isEqualTo("POST"));

        assertThat(posts()).hasSize(1);
        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void aPostWhoseKeptAliveConnectionDropsIsSentOnce(ClientKind kind) {
        ActivityApi api = api(kind);
        // A first call leaves a kept-alive connection in the pool; the POST then goes out on it.
        api.list(CoreQuery.all());
        sandbox.faults().on("activity").dropConnection(1);

        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> api.create(Fixtures.activity("X")));

        assertThat(posts()).as("POSTs the server received").hasSize(1);
        assertThat(thrown).isInstanceOf(CoreTransportException.class);
        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void retryPostsAllowsAPostToBeSentAgain(ClientKind kind) {
        sandbox.faults().on("activity").status(503, 1);
        ActivityApi api = api(kind.setting
                .apply(Fixtures.sandboxClient(sandbox))
                .retryPolicy(RetryPolicy.builder().retryPosts(true).build()));

        JsonNode created = api.create(Fixtures.activity("AGAIN"));

        assertThat(created.get("code").asText()).isEqualTo("AGAIN");
        assertThat(posts()).extracting(JournalEntry::status).containsExactly(503, 201);
        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).hasSize(1);
    }

    @Test
    void a429WithoutRetryAfterIsRetriedWithBackoff() {
        sandbox.faults().on("activity").status(429, 2);

        assertThat(api(ClientKind.OKHTTP).list(CoreQuery.all())).isEmpty();

        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(429, 429, 200);
    }

    @Test
    void an503RetryAfterIsWaitedFor() {
        sandbox.faults().on("activity").unavailable(1, 1);
        ActivityApi api = api(ClientKind.JDK);

        api.list(CoreQuery.all());

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(503, 200);
    }

    @Test
    void retryAfterIsWaitedFor() {
        sandbox.faults().on("activity").rateLimit(1, 2);
        ActivityApi api = api(ClientKind.OKHTTP);

        List<JsonNode> activities = api.list(CoreQuery.all());

        assertThat(activities).isEmpty();
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(429, 200);
    }

    @Test
    void aRetryAfterLongerThanTheCapFailsAtOnceWithTheWaitAskedFor() {
        sandbox.faults().on("activity").rateLimit(1, 3600);
        ActivityApi api = api(ClientKind.OKHTTP);

        assertThatThrownBy(() -> api.list(CoreQuery.all()))
                .isExactlyInstanceOf(CoreRateLimitException.class)
                .satisfies(e -> {
                    CoreRateLimitException limited = (CoreRateLimitException) e;
                    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(3600));
                    assertThat(limited.status()).isEqualTo(429);
                    assertThat(limited.method()).isEqualTo("GET");
                    assertThat(limited.path()).isEqualTo(ACTIVITY);
                });

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void anUnavailableAnswerWithALongRetryAfterFailsAtOnce() {
        sandbox.faults().on("activity").unavailable(1, 3600);
        ActivityApi api = api(ClientKind.OKHTTP);

        assertThatThrownBy(() -> api.list(CoreQuery.all()))
                .isExactlyInstanceOf(CoreServerException.class)
                .satisfies(e -> assertThat(((CoreServerException) e).status()).isEqualTo(503));

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void retryAfterAsAnHttpDateIsWaitedForOnTheInjectedClock() {
        ActivityApi api = api(Fixtures.sandboxClient(sandbox));
        sandbox.faults()
                .on("activity")
                .rateLimitUntil(1, clock.instant().plusSeconds(2).atZone(ZoneOffset.UTC));

        api.list(CoreQuery.all());

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(2));
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(429, 200);
    }

    @Test
    void aDistantRetryAfterDateFailsAtOnceWithTheWaitAskedFor() {
        ActivityApi api = api(Fixtures.sandboxClient(sandbox));
        sandbox.faults()
                .on("activity")
                .rateLimitUntil(1, clock.instant().plus(Duration.ofHours(1)).atZone(ZoneOffset.UTC));

        assertThatThrownBy(() -> api.list(CoreQuery.all()))
                .isExactlyInstanceOf(CoreRateLimitException.class)
                .satisfies(e ->
                        assertThat(((CoreRateLimitException) e).retryAfter()).isEqualTo(Duration.ofHours(1)));

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void aRetryAfterBeyondTheDeadlineFailsAtOnce() {
        sandbox.faults().on("activity").rateLimit(1, 5);
        ActivityApi api = api(Fixtures.sandboxClient(sandbox)
                .retryPolicy(
                        RetryPolicy.builder().deadline(Duration.ofSeconds(2)).build()));

        assertThatThrownBy(() -> api.list(CoreQuery.all())).isExactlyInstanceOf(CoreRateLimitException.class);

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(ClientKind.class)
    void noMoreThanMaxAttemptsAreMade(ClientKind kind) {
        sandbox.faults().on("activity").status(503, 10);
        ActivityApi api = api(kind.setting
                .apply(Fixtures.sandboxClient(sandbox))
                .retryPolicy(RetryPolicy.builder().maxAttempts(3).build()));

        assertThatThrownBy(() -> api.list(CoreQuery.all()))
                .isExactlyInstanceOf(CoreServerException.class)
                .satisfies(e -> assertThat(((CoreServerException) e).status()).isEqualTo(503));

        assertThat(sandbox.journal().entries("/activity")).hasSize(3);
    }

    @Test
    void theDefaultPolicyMakesFourAttempts() {
        sandbox.faults().on("activity").status(503, 10);
        ActivityApi api = api(ClientKind.OKHTTP);

        assertThatThrownBy(() -> api.list(CoreQuery.all())).isExactlyInstanceOf(CoreServerException.class);

        assertThat(sandbox.journal().entries("/activity")).hasSize(4);
    }

    @Test
    void noRetriesMeansOneAttempt() {
        sandbox.faults().on("activity").status(503, 10);
        ActivityApi api = api(Fixtures.sandboxClient(sandbox).retryPolicy(RetryPolicy.none()));

        assertThatThrownBy(() -> api.list(CoreQuery.all())).isExactlyInstanceOf(CoreServerException.class);

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void anInterruptWhileWaitingToRetryEndsTheCallAndKeepsTheFlag() {
        sandbox.faults().on("activity").rateLimit(1, 20);
        // Interrupted as it starts to wait: the system sleeper then throws at once, as a sleeping thread would.
        CoreClient client = Fixtures.sandboxClient(sandbox)
                .sleeper(wait -> {
                    Thread.currentThread().interrupt();
                    Sleeper.system().sleep(wait);
                })
                .build();
        Fixtures.seed(sandbox, client);
        ActivityApi api = client.api(ActivityApi.class);

        Throwable thrown = catchThrowable(() -> api.list(CoreQuery.all()));
        boolean interruptedAfter = Thread.interrupted();

        assertThat(thrown)
                .isExactlyInstanceOf(CoreTransportException.class)
                .hasMessageContaining("GET " + ACTIVITY)
                .hasMessageContaining("interrupted");
        assertThat(interruptedAfter).isTrue();
        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void theDeadlineIsMeasuredOnTheInjectedClock() {
        sandbox.faults().on("activity").unavailable(10, 1);
        ActivityApi api = api(Fixtures.sandboxClient(sandbox)
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(10)
                        .deadline(Duration.ofMillis(2500))
                        .build()));

        assertThatThrownBy(() -> api.list(CoreQuery.all())).isExactlyInstanceOf(CoreServerException.class);

        // A third wait would end at 3 s on the clock, past the 2.5 s deadline.
        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(sandbox.journal().entries("/activity")).hasSize(3);
    }

    @Test
    void backoffIsFullJitterUnderADoublingCap() {
        sandbox.faults().on("activity").status(503, 3);

        assertThat(api(ClientKind.OKHTTP).list(CoreQuery.all())).isEmpty();

        List<Duration> waits = sleeper.waits();
        assertThat(waits).hasSize(3);
        assertThat(waits.get(0)).isBetween(Duration.ZERO, Duration.ofMillis(200));
        assertThat(waits.get(1)).isBetween(Duration.ZERO, Duration.ofMillis(400));
        assertThat(waits.get(2)).isBetween(Duration.ZERO, Duration.ofMillis(800));
    }

    @Test
    void theTokenEndpointWaitsOnTheSameClockAndSleeper() {
        CoreClient client =
                Fixtures.sandboxClient(sandbox).clock(clock).sleeper(sleeper).build();
        // Tokens that expired an hour ago: the call refreshes them first.
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, clock.instant().minus(Duration.ofHours(2)));
        sandbox.faults().on("connect/token").unavailable(1, 1);

        assertThat(client.api(ActivityApi.class).list(CoreQuery.all())).isEmpty();

        assertThat(sleeper.waits()).containsExactly(Duration.ofSeconds(1));
        assertThat(sandbox.journal().entries("/connect/token"))
                .extracting(JournalEntry::status)
                .containsExactly(503, 200);
    }
}
