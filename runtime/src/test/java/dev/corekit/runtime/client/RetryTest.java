package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreRateLimitException;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.http.RetryPolicy;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Which calls are retried, how long corekit waits, and when it gives up. */
class RetryTest {
    private static final String ACTIVITY = "/api/" + Fixtures.COMPANY + "/activity";

    private CoreSandbox sandbox;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private ActivityApi api(CoreClient.Builder builder) {
        CoreClient client = builder.build();
        Fixtures.seed(sandbox, client);
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
                .retryPolicy(RetryPolicy.builder()
                        .retryPosts(true)
                        .baseDelay(Duration.ofMillis(10))
                        .build()));

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

        long start = System.nanoTime();
        api.list(CoreQuery.all());
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(waitedMillis).isGreaterThanOrEqualTo(1000);
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(503, 200);
    }

    @Test
    void retryAfterIsWaitedFor() {
        sandbox.faults().on("activity").rateLimit(1, 2);
        ActivityApi api = api(ClientKind.OKHTTP);

        long start = System.nanoTime();
        List<JsonNode> activities = api.list(CoreQuery.all());
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(activities).isEmpty();
        assertThat(waitedMillis).isGreaterThanOrEqualTo(2000);
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
    void retryAfterAsAnHttpDateIsWaitedFor() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CoreClient client = Fixtures.sandboxClient(sandbox)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, now);
        sandbox.faults().on("activity").rateLimitUntil(1, now.plusSeconds(2).atZone(ZoneOffset.UTC));

        long start = System.nanoTime();
        client.api(ActivityApi.class).list(CoreQuery.all());
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(waitedMillis).isGreaterThanOrEqualTo(2000);
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(429, 200);
    }

    @Test
    void aDistantRetryAfterDateFailsAtOnceWithTheWaitAskedFor() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        CoreClient client = Fixtures.sandboxClient(sandbox)
                .clock(Clock.fixed(now, ZoneOffset.UTC))
                .build();
        Fixtures.seed(sandbox, client, Fixtures.READ_WRITE, now);
        sandbox.faults()
                .on("activity")
                .rateLimitUntil(1, now.plus(Duration.ofHours(1)).atZone(ZoneOffset.UTC));

        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
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
                .retryPolicy(RetryPolicy.builder()
                        .maxAttempts(3)
                        .baseDelay(Duration.ofMillis(10))
                        .build()));

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
    void anInterruptWhileWaitingToRetryEndsTheCallAndKeepsTheFlag() throws Exception {
        sandbox.faults().on("activity").rateLimit(1, 20);
        ActivityApi api = api(ClientKind.OKHTTP);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicBoolean interruptedAfter = new AtomicBoolean();
        Thread caller = new Thread(
                () -> {
                    try {
                        api.list(CoreQuery.all());
                    } catch (Throwable t) {
                        failure.set(t);
                    }
                    interruptedAfter.set(Thread.currentThread().isInterrupted());
                },
                "retry-waiter");
        caller.setDaemon(true);
        caller.start();

        // Interrupt only once the caller sleeps in the retryer, not while it still reads the 429.
        while (caller.isAlive() && !waitingToRetry(caller)) {
            Thread.sleep(10);
        }
        caller.interrupt();
        caller.join();

        assertThat(failure.get()).isInstanceOf(CoreTransportException.class).hasMessageContaining("interrupted");
        assertThat(interruptedAfter.get()).isTrue();
        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    private static boolean waitingToRetry(Thread thread) {
        return thread.getState() == Thread.State.TIMED_WAITING
                && Arrays.stream(thread.getStackTrace())
                        .anyMatch(f -> f.getClassName().equals("dev.corekit.runtime.http.CoreRetryer"));
    }
}
