package dev.corekit.runtime.internal.token;

import static dev.corekit.runtime.internal.token.TokenFixtures.fastRetries;
import static dev.corekit.runtime.internal.token.TokenFixtures.tokenResponse;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the application does while a refresh is under way: logging out ({@link TokenManager#clear()}) or storing the
 * tokens of a new authorization ({@link TokenManager#store(TokenSet)}). A token server on 127.0.0.1 holds the refresh
 * response until the test releases it, so the order of events is certain. Both wait for the refresh lock the refresh
 * holds, so they run on a thread of their own and win once it is released.
 */
class TokenManagerRaceTest {
    private static final String CONNECTION = "acme";

    private final CountDownLatch arrived = new CountDownLatch(1);
    private final CountDownLatch release = new CountDownLatch(1);
    private volatile int status = 200;
    private volatile String answer = tokenResponse("refreshed-from-old-grant", "rotated-old-grant");

    private LocalHttpServer server;
    private MutableClock clock;
    private InMemoryTokenStore store;
    private TokenManager manager;

    @BeforeEach
    void start() {
        server = LocalHttpServer.start((exchange, body) -> {
            arrived.countDown();
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            LocalHttpServer.json(exchange, status, answer);
        });
        clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
        store = new InMemoryTokenStore();
        TokenEndpointClient endpoint = TokenFixtures.endpoint(
                server.identityUrl(),
                new ClientCredentials("client", "secret", ClientAuthentication.BODY),
                clock,
                fastRetries());
        manager = new TokenManager(CONNECTION, store, endpoint, clock, Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        release.countDown();
        server.close();
    }

    private TokenSet tokens(String access, String refresh) {
        Instant now = clock.instant();
        return new TokenSet(
                access, refresh, "Bearer", now, now.plusSeconds(3600), Set.of("readwrite:core"), null, null);
    }

    /** Starts a refresh of expired tokens and returns once its request reached the server. */
    private CompletableFuture<TokenSet> refreshUnderWay() throws InterruptedException {
        manager.store(tokens("old-access", "old-refresh"));
        clock.advance(Duration.ofHours(2));
        CompletableFuture<TokenSet> refresh = CompletableFuture.supplyAsync(manager::current);
        assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
        return refresh;
    }

    private static void settle(CompletableFuture<TokenSet> refresh) throws Exception {
        try {
            refresh.get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException expected) {
            // Whatever the refresh itself answers, only what it leaves behind is checked.
        }
    }

    @Test
    void aRefreshFinishingAfterClearDoesNotBringTheTokensBack() throws Exception {
        CompletableFuture<TokenSet> refresh = refreshUnderWay();

        CompletableFuture<Void> clearing = CompletableFuture.runAsync(manager::clear);
        release.countDown();
        settle(refresh);
        clearing.get(30, TimeUnit.SECONDS);

        assertThat(store.load(CONNECTION)).isEmpty();
        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(server.received()).hasSize(1);
    }

    @Test
    void anInvalidGrantForTheOldGrantDoesNotDeleteTokensStoredMeanwhile() throws Exception {
        status = 400;
        answer = "{\"error\":\"invalid_grant\",\"error_description\":\"revoked\"}";
        CompletableFuture<TokenSet> refresh = refreshUnderWay();

        TokenSet reauthorized = tokens("new-access", "new-refresh");
        CompletableFuture<Void> storing = CompletableFuture.runAsync(() -> manager.store(reauthorized));
        release.countDown();
        settle(refresh);
        storing.get(30, TimeUnit.SECONDS);

        assertThat(store.load(CONNECTION)).contains(reauthorized);
        assertThat(manager.current()).isEqualTo(reauthorized);
    }

    @Test
    void aRefreshOfTheOldGrantDoesNotOverwriteTokensStoredMeanwhile() throws Exception {
        CompletableFuture<TokenSet> refresh = refreshUnderWay();

        TokenSet reauthorized = tokens("new-access", "new-refresh");
        CompletableFuture<Void> storing = CompletableFuture.runAsync(() -> manager.store(reauthorized));
        release.countDown();
        settle(refresh);
        storing.get(30, TimeUnit.SECONDS);

        assertThat(store.load(CONNECTION)).contains(reauthorized);
        assertThat(manager.current()).isEqualTo(reauthorized);
    }

    /**
     * Callers waiting for a refresh must get its outcome even when it ends in an {@link Error} (here an
     * {@link java.io.IOError} from the store), not wait forever. The 10 s bound only detects a hang.
     */
    @Test
    void callersWaitingForARefreshThatEndsInAnErrorAreReleased() throws Exception {
        FlakyTokenStore flaky = new FlakyTokenStore();
        manager = new TokenManager(
                CONNECTION,
                flaky,
                TokenFixtures.endpoint(
                        server.identityUrl(),
                        new ClientCredentials("client", "secret", ClientAuthentication.BODY),
                        clock,
                        fastRetries()),
                clock,
                Duration.ofSeconds(60));
        manager.store(tokens("old-access", "old-refresh"));
        clock.advance(Duration.ofHours(2));
        flaky.failNextSave(() -> new java.io.IOError(new java.io.IOException("device gone")));

        CompletableFuture<TokenSet> leader = CompletableFuture.supplyAsync(manager::current);
        assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Throwable> follower = new CompletableFuture<>();
        Thread waiting = new Thread(() -> {
            try {
                manager.current();
                follower.complete(null);
            } catch (Throwable t) {
                follower.complete(t);
            }
        });
        waiting.setDaemon(true);
        waiting.start();
        // The follower is parked on the refresh under way.
        while (waiting.getState() != Thread.State.WAITING) {
            assertThat(waiting.isAlive()).isTrue();
            Thread.sleep(5);
        }
        release.countDown();

        assertThat(catchThrowable(() -> leader.get(30, TimeUnit.SECONDS)))
                .hasRootCauseInstanceOf(java.io.IOException.class);
        Throwable followerOutcome = catchThrowable(() -> follower.get(10, TimeUnit.SECONDS));
        assertThat(followerOutcome).as("the follower's wait").isNull();
        assertThat(follower.get()).isNotNull();
        assertThat(server.received()).hasSize(1);
    }
}
