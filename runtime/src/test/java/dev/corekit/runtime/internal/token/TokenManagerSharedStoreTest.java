package dev.corekit.runtime.internal.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two {@link TokenManager}s of one connection sharing a store, as two processes of one service share it, against a
 * token endpoint on 127.0.0.1 that rotates refresh tokens and refuses a spent one.
 */
class TokenManagerSharedStoreTest {
    private static final String CONNECTION = "acme";
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final int THREADS = 16;

    @TempDir
    Path temp;

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    private RotatingTokenServer server;

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private TokenSet tokens(String access, String refresh) {
        Instant now = clock.instant();
        return new TokenSet(
                access, refresh, "Bearer", now, now.plusSeconds(3600), Set.of("readwrite:core"), null, null);
    }

    private TokenManager manager(TokenStore store) {
        return new TokenManager(CONNECTION, store, server.endpoint(clock), clock, SKEW);
    }

    /** Two stores on one place: the same in-memory store twice, or two file stores on one directory. */
    static Stream<Arguments> sharedStores() {
        Function<Path, TokenStore[]> memory = directory -> {
            InMemoryTokenStore shared = new InMemoryTokenStore();
            return new TokenStore[] {shared, shared};
        };
        Function<Path, TokenStore[]> files =
                directory -> new TokenStore[] {new FileTokenStore(directory), new FileTokenStore(directory)};
        return Stream.of(Arguments.of("in memory", memory), Arguments.of("files", files));
    }

    /**
     * Both processes reach the expiry together, with many threads each. The first refresh request is held until the
     * other process is waiting for the refresh lock (or, without one, has sent its own request): one request spends
     * the refresh token, and the other process uses its result.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("sharedStores")
    void twoProcessesAtAnExpirySpendTheRefreshTokenOnce(String kind, Function<Path, TokenStore[]> stores)
            throws Exception {
        server = RotatingTokenServer.holdingTheFirstRefresh();
        server.releaseFirstWhenAnotherArrives();
        TokenStore[] shared = stores.apply(temp.resolve("tokens"));
        shared[0].save(CONNECTION, tokens("access-0", "refresh-0"));
        AtomicInteger updates = new AtomicInteger();
        Runnable countUpdate = () -> {
            if (updates.incrementAndGet() == 2) {
                server.releaseFirst();
            }
        };
        TokenManager first = manager(new ObservedTokenStore(shared[0], countUpdate));
        TokenManager second = manager(new ObservedTokenStore(shared[1], countUpdate));
        clock.advance(Duration.ofHours(2));

        List<Object> outcomes = concurrently(first, second);

        assertThat(server.refused()).as("invalid_grant answers").isZero();
        assertThat(server.refreshes()).as("refresh requests").isEqualTo(1);
        assertThat(outcomes).hasSize(2 * THREADS).allSatisfy(o -> assertThat(o).isEqualTo("access-1"));
        assertThat(shared[1].load(CONNECTION))
                .get()
                .extracting(TokenSet::accessToken, TokenSet::refreshToken)
                .containsExactly("access-1", "refresh-1");
        assertThat(first.current().accessToken()).isEqualTo("access-1");
        assertThat(second.current().accessToken()).isEqualTo("access-1");
        assertThat(server.refreshes()).isEqualTo(1);
    }

    /**
     * While this process's refresh of {@code refresh-0} is under way, a writer outside the refresh lock spends
     * {@code refresh-0} and stores the tokens it got. The token endpoint then refuses this process's request: the newer
     * tokens stay stored, and are used.
     */
    @Test
    void anInvalidGrantForARefreshTokenRotatedMeanwhileKeepsTheNewerTokens() throws Exception {
        server = RotatingTokenServer.holdingTheFirstRefresh();
        TokenStore store = new FileTokenStore(temp.resolve("tokens"));
        store.save(CONNECTION, tokens("access-0", "refresh-0"));
        TokenManager manager = manager(store);
        clock.advance(Duration.ofHours(2));

        CompletableFuture<TokenSet> refreshing = CompletableFuture.supplyAsync(manager::current);
        server.firstArrived().get(30, TimeUnit.SECONDS);
        TokenSet rotated = tokens("a", "b").updatedBy(server.endpoint(clock).refresh("refresh-0"));
        store.save(CONNECTION, rotated);
        server.releaseFirst();

        assertThat(refreshing.get(30, TimeUnit.SECONDS)).isEqualTo(rotated);
        assertThat(server.refused()).isEqualTo(1);
        assertThat(store.load(CONNECTION)).contains(rotated);
        assertThat(manager.current()).isEqualTo(rotated);
        assertThat(server.refreshes()).isEqualTo(2);
    }

    /**
     * A refused grant ends the connection in one process; a new login through another process stores new tokens, and
     * the first process uses them without being told. Until then it never sends the refused refresh token again, not
     * even when the refused tokens come back into the store.
     */
    @Test
    void aProcessWhoseGrantEndedUsesTokensAnotherProcessStoredLater() {
        server = RotatingTokenServer.start();
        server.revoke("refresh-0");
        InMemoryTokenStore store = new InMemoryTokenStore();
        TokenManager ended = manager(store);
        TokenManager other = manager(store);
        TokenSet refusedTokens = tokens("access-0", "refresh-0");
        ended.store(refusedTokens);
        clock.advance(Duration.ofHours(2));

        assertThatThrownBy(ended::current)
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(store.load(CONNECTION)).isEmpty();
        store.save(CONNECTION, refusedTokens);
        assertThatThrownBy(ended::current)
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("invalid_grant");
        assertThatThrownBy(() -> ended.refreshAfterRejection("access-0"))
                .isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(server.refreshes()).isEqualTo(1);

        server.accept("refresh-login");
        TokenSet login = tokens("access-login", "refresh-login");
        other.store(login);

        assertThat(ended.current()).isEqualTo(login);
        assertThat(server.refreshes()).isEqualTo(1);
        // And it refreshes them when they expire, with the new refresh token.
        clock.advance(Duration.ofHours(2));
        assertThat(ended.current().accessToken()).isEqualTo("access-1");
        assertThat(other.current().accessToken()).isEqualTo("access-1");
        assertThat(server.refused()).isEqualTo(1);
        assertThat(server.refreshes()).isEqualTo(2);
    }

    /**
     * Another process revoked the connection (its tokens are gone from the store) while this one still held expired
     * tokens in memory: the first call finds nothing under the refresh lock and fails; later calls fail by reading the
     * store, without taking the lock again, and a new login stored elsewhere is picked up.
     */
    @Test
    void aConnectionWhoseTokensAnotherProcessDeletedStopsTakingTheRefreshLock() {
        server = RotatingTokenServer.start();
        InMemoryTokenStore shared = new InMemoryTokenStore();
        AtomicInteger updates = new AtomicInteger();
        TokenManager manager = manager(new ObservedTokenStore(shared, updates::incrementAndGet));
        manager.store(tokens("access-0", "refresh-0"));
        assertThat(manager.current().accessToken()).isEqualTo("access-0");
        shared.delete(CONNECTION);
        clock.advance(Duration.ofHours(2));
        int before = updates.get();

        for (int call = 0; call < 3; call++) {
            assertThatThrownBy(manager::current)
                    .isInstanceOf(ReauthorizationRequiredException.class)
                    .hasMessageContaining("no tokens are stored");
        }
        assertThat(updates.get() - before).as("refresh-lock passes").isEqualTo(1);
        assertThat(server.refreshes()).isZero();

        TokenSet login = tokens("access-login", "refresh-login");
        shared.save(CONNECTION, login);
        assertThat(manager.current()).isEqualTo(login);
    }

    /**
     * A refresh whose tokens the store refused keeps them in memory and stores them on a later call, but only over the
     * tokens they replace: a login another process stored meanwhile is used, not overwritten.
     */
    @Test
    void tokensKeptInMemoryAfterAFailedSaveNeverOverwriteALoginStoredMeanwhile() {
        server = RotatingTokenServer.start();
        FlakyTokenStore store = new FlakyTokenStore();
        TokenManager first = manager(store);
        TokenManager other = manager(store);
        first.store(tokens("access-0", "refresh-0"));
        clock.advance(Duration.ofHours(2));
        store.failNextSave(() -> new CoreException("cannot write the token file: disk full"));

        assertThat(first.current().accessToken()).isEqualTo("access-1");
        assertThat(store.load(CONNECTION))
                .get()
                .extracting(TokenSet::accessToken)
                .isEqualTo("access-0");

        server.accept("refresh-login");
        TokenSet login = tokens("access-login", "refresh-login");
        other.store(login);

        assertThat(first.current()).isEqualTo(login);
        assertThat(store.load(CONNECTION)).contains(login);
        assertThat(server.refreshes()).isEqualTo(1);
    }

    /** Runs {@link #THREADS} callers of {@code current()} on each manager, released together; their access tokens. */
    private static List<Object> concurrently(TokenManager... managers) throws Exception {
        List<Callable<String>> callers = new ArrayList<>();
        for (TokenManager manager : managers) {
            callers.addAll(Collections.nCopies(THREADS, () -> manager.current().accessToken()));
        }
        return Concurrently.outcomes(callers);
    }
}
