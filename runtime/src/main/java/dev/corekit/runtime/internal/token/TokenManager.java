package dev.corekit.runtime.internal.token;

import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.internal.http.GuardedMetrics;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a valid access token for one connection, refreshing it ahead of expiry, in step with every other process
 * that shares the {@link TokenStore}.
 *
 * <ul>
 *   <li>A token that expires within the skew (default 60 s, on the injected {@link Clock}) is refreshed before use.
 *       While the token in memory is valid, {@link #current()} takes no lock and reads no store.
 *   <li>Refreshing happens only inside {@link TokenStore#update}, under the connection's refresh lock, which a shared
 *       store extends to every process that shares it. Under the lock the stored tokens are read again: when they are
 *       no longer the stale ones and are valid for the skew (another process refreshed), they are used and the token
 *       endpoint is not called. Otherwise the stored refresh token is spent and the new tokens are returned for the
 *       store to save before the lock is released. So one process spends a refresh token, the others wait and use
 *       its result, and no process sends a refresh token that another has already rotated.
 *   <li>In this process the refresh is single-flight too: one thread per connection enters the store's lock, and
 *       concurrent callers share its result, or its error.
 *   <li>A response without a refresh token keeps the old one. If storing fails, the new tokens are still used (a
 *       rotated refresh token must not be lost) and storing them is tried again, under the lock, on the next call, as
 *       long as the store still holds the tokens they replace.
 *   <li>{@code invalid_grant} ends the grant: a {@link ReauthorizationRequiredException} is thrown, and the stored
 *       tokens are deleted only if, read again under the lock, they still hold the refused refresh token; newer tokens
 *       (stored meanwhile by a writer outside the lock) are kept and used instead. A connection without a refresh
 *       token whose access token expired ends the same way.
 *   <li>After that, calls fail the same way without contacting the token endpoint, until new tokens are stored with
 *       {@link #store(TokenSet)}, or until the store holds tokens with another refresh token (a new login through
 *       another instance): each such call reads the store once, and uses those tokens when it finds them.
 *   <li>{@link #store(TokenSet)} and {@link #clear()} write under the refresh lock as well: they wait for a refresh
 *       under way (here or in another process) and then replace its result, and a refresh that finishes after they
 *       ran leaves the tokens as they changed them.
 * </ul>
 */
public final class TokenManager {

    private final String connection;
    private final TokenStore store;
    private final TokenEndpointClient endpoint;
    private final Clock clock;
    private final Duration skew;
    private final CoreMetrics metrics;

    private final Object lock = new Object();
    /** The tokens to use; {@code null} before they are loaded, after {@link #clear} and once the grant ended. */
    private volatile @Nullable TokenSet cached;
    /** Tokens a refresh produced that the store has not accepted yet. */
    private volatile @Nullable PendingSave unsaved;
    /** Why the connection needs a new authorization, or {@code null}; {@link #cached} is {@code null} then. */
    private @Nullable RefusedGrant refused;
    /** The refresh of this process under way, or {@code null}. */
    private @Nullable CompletableFuture<TokenSet> flight;
    /**
     * Counts {@link #store} and {@link #clear}, taken while they hold the store's lock: what a refresh decided under
     * the lock is applied in memory only if neither ran after it.
     */
    private long generation;

    public TokenManager(String connection, TokenStore store, TokenEndpointClient endpoint, Clock clock, Duration skew) {
        this(connection, store, endpoint, clock, skew, CoreMetrics.none());
    }

    /**
     * A token manager whose refreshes and ended grants {@code metrics} counts.
     *
     * @param connection the connection's name in the store
     * @param store where the connection's tokens are kept
     * @param endpoint the identity server's token endpoint
     * @param clock the clock of expiry
     * @param skew how long before expiry a token is refreshed
     * @param metrics told of every refresh this manager makes and of the end of the connection's grant
     */
    public TokenManager(
            String connection,
            TokenStore store,
            TokenEndpointClient endpoint,
            Clock clock,
            Duration skew,
            CoreMetrics metrics) {
        this.metrics = GuardedMetrics.of(metrics);
        this.connection = Objects.requireNonNull(connection, "connection");
        this.store = Objects.requireNonNull(store, "store");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.skew = Objects.requireNonNull(skew, "skew");
    }

    public String connection() {
        return connection;
    }

    /**
     * Stores tokens from a completed authorization, under the refresh lock; clears an earlier terminal failure.
     *
     * @throws RuntimeException what the store throws; the tokens in memory stay as they were then
     */
    public void store(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens");
        long[] mine = {-1};
        store.update(connection, stored -> {
            mine[0] = nextGeneration();
            return Optional.of(tokens);
        });
        synchronized (lock) {
            if (generation == mine[0]) {
                cached = tokens;
                unsaved = null;
                refused = null;
            }
        }
    }

    /** The stored tokens, without refreshing. */
    public Optional<TokenSet> stored() {
        return store.load(connection);
    }

    /** Forgets the tokens of this connection, in memory and, under the refresh lock, in the store. */
    public void clear() {
        long[] mine = {-1};
        try {
            store.update(connection, stored -> {
                mine[0] = nextGeneration();
                return Optional.empty();
            });
        } finally {
            synchronized (lock) {
                if (mine[0] < 0) {
                    // The store failed before deleting: forgotten in memory all the same.
                    generation++;
                }
                if (mine[0] < 0 || generation == mine[0]) {
                    cached = null;
                    unsaved = null;
                }
            }
        }
    }

    /** Tokens whose access token is valid for at least the skew, refreshed first when needed. */
    public TokenSet current() {
        TokenSet tokens = cached;
        if (tokens != null && unsaved == null && !tokens.expiresWithin(skew, clock.instant())) {
            return tokens;
        }
        return currentSlowly();
    }

    /**
     * Called when CORE refused {@code rejectedAccessToken}: refreshes, unless another caller (here or in another
     * process) already replaced that token, in which case the newer tokens are returned as they are.
     */
    public TokenSet refreshAfterRejection(String rejectedAccessToken) {
        return refresh(rejectedAccessToken);
    }

    private TokenSet currentSlowly() {
        TokenSet tokens = usable();
        if (tokens.expiresWithin(skew, clock.instant())) {
            return refresh(tokens.accessToken());
        }
        if (unsaved == null) {
            return tokens;
        }
        try {
            // Stores the pending tokens under the lock, unless newer ones were stored meanwhile.
            return refresh(null);
        } catch (ReauthorizationRequiredException e) {
            throw e;
        } catch (RuntimeException e) {
            Log.LOG.debug("still cannot store the tokens of connection {}: {}", connection, e.getMessage());
            return tokens;
        }
    }

    /**
     * The tokens in memory; when there are none, those of the store. After the grant ended, only tokens of another
     * grant are taken from the store; otherwise the end is reported again, without contacting the token endpoint.
     */
    private TokenSet usable() {
        while (true) {
            RefusedGrant refusedThen;
            long generationThen;
            synchronized (lock) {
                TokenSet tokens = cached;
                if (tokens != null) {
                    return tokens;
                }
                refusedThen = refused;
                generationThen = generation;
            }
            // Read outside the monitor: a store's load may wait for its own lock, never for this one.
            Optional<TokenSet> stored = store.load(connection);
            synchronized (lock) {
                if (cached != null || refused != refusedThen || generation != generationThen) {
                    continue;
                }
                if (refusedThen != null && (stored.isEmpty() || refusedThen.isIn(stored.get()))) {
                    throw refusedThen.exception(connection);
                }
                if (stored.isEmpty()) {
                    throw new ReauthorizationRequiredException(connection, "no tokens are stored");
                }
                if (refusedThen != null) {
                    Log.LOG.info("connection {} has new tokens in its store; using them", connection);
                    refused = null;
                }
                cached = stored.get();
                return cached;
            }
        }
    }

    private TokenSet refresh(String staleAccessToken) {
        while (true) {
            CompletableFuture<TokenSet> shared = null;
            boolean leader = false;
            synchronized (lock) {
                if (refused == null) {
                    TokenSet tokens = cached;
                    if (tokens != null
                            && unsaved == null
                            && !tokens.accessToken().equals(staleAccessToken)
                            && !tokens.expiresWithin(skew, clock.instant())) {
                        // Refreshed meanwhile by another thread of this process.
                        return tokens;
                    }
                    if (flight == null) {
                        flight = new CompletableFuture<>();
                        leader = true;
                    }
                    shared = flight;
                }
            }
            if (shared == null) {
                // The grant ended: fails, unless the store now holds another one.
                usable();
                continue;
            }
            if (leader) {
                lead(shared, staleAccessToken);
            }
            try {
                return shared.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw (RuntimeException) e.getCause();
            }
        }
    }

    private void lead(CompletableFuture<TokenSet> shared, String staleAccessToken) {
        try {
            shared.complete(refreshUnderLock(staleAccessToken));
        } catch (Throwable failure) {
            shared.completeExceptionally(failure);
        } finally {
            synchronized (lock) {
                flight = null;
            }
        }
    }

    private TokenSet refreshUnderLock(String staleAccessToken) {
        RefusedGrant refusedBefore = null;
        while (true) {
            LockedRefresh pass =
                    new LockedRefresh(connection, staleAccessToken, unsaved, refusedBefore, endpoint, clock, skew);
            long[] generationThen = {-1};
            try {
                store.update(connection, stored -> {
                    try {
                        return pass.apply(stored);
                    } finally {
                        generationThen[0] = generation();
                    }
                });
            } catch (RuntimeException e) {
                if (pass.refreshed()) {
                    metrics.tokenRefreshed(connection);
                }
                return keepAfterStoreFailure(pass, generationThen[0], e);
            }
            if (pass.refreshed()) {
                metrics.tokenRefreshed(connection);
            }
            if (!pass.decideAgain()) {
                return settle(pass, generationThen[0]);
            }
            refusedBefore = pass.refused();
        }
    }

    /** Applies in memory what a pass decided, unless {@link #store} or {@link #clear} ran after it. */
    private TokenSet settle(LockedRefresh pass, long generationThen) {
        synchronized (lock) {
            if (generation == generationThen) {
                unsaved = null;
                if (pass.refused() != null) {
                    refused = pass.refused();
                    cached = null;
                } else {
                    cached = pass.tokens();
                }
            }
        }
        if (pass.refused() != null) {
            metrics.reauthorizationRequired(connection);
            Log.LOG.info(
                    "connection {} must be authorized again: {}",
                    connection,
                    pass.refused().reason());
            throw pass.refused().exception(connection);
        }
        if (pass.refreshed()) {
            Log.LOG.debug(
                    "refreshed the access token of connection {}; it expires at {}",
                    connection,
                    pass.tokens().expiresAt());
        }
        return pass.tokens();
    }

    /**
     * The store failed inside {@code update}. Tokens the pass obtained are kept in memory and used (a rotated refresh
     * token must not be lost); a refused grant still ends; anything else is rethrown.
     */
    private TokenSet keepAfterStoreFailure(LockedRefresh pass, long generationThen, RuntimeException failure) {
        if (failure instanceof ReauthorizationRequiredException && pass.stored() == null && pass.tokens() == null) {
            // Nothing is stored (another instance revoked or cleared the tokens): the tokens in memory are let go, so
            // that later calls read the store once each instead of taking the refresh lock.
            synchronized (lock) {
                if (generation == generationThen) {
                    cached = null;
                    unsaved = null;
                }
            }
            throw failure;
        }
        if (pass.refused() != null && !pass.decideAgain()) {
            Log.LOG.warn("could not delete the tokens of connection {}: {}", connection, failure.getMessage());
            return settle(pass, generationThen);
        }
        TokenSet tokens = pass.tokens();
        if (tokens == null || tokens == pass.stored()) {
            throw failure;
        }
        synchronized (lock) {
            if (generation == generationThen) {
                cached = tokens;
                unsaved = new PendingSave(tokens, pass.stored());
            }
        }
        if (pass.refreshed()) {
            Log.LOG.warn(
                    "could not store the refreshed tokens of connection {}; keeping them in memory: {}",
                    connection,
                    failure.getMessage());
        } else {
            Log.LOG.debug("still cannot store the tokens of connection {}: {}", connection, failure.getMessage());
        }
        return tokens;
    }

    private long generation() {
        synchronized (lock) {
            return generation;
        }
    }

    private long nextGeneration() {
        synchronized (lock) {
            return ++generation;
        }
    }

    @Override
    public String toString() {
        return "TokenManager{connection=" + connection + ", store=" + store + ", skew=" + skew + "}";
    }

    /** SLF4J starts (and scans the class path for a provider) only when corekit first logs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);
    }
}
