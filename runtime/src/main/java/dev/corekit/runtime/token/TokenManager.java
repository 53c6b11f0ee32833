package dev.corekit.runtime.token;

import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands out a valid access token for one connection, refreshing it ahead of expiry.
 *
 * <ul>
 *   <li>A token that expires within the skew (default 60 s, on the injected {@link Clock}) is refreshed before use.
 *   <li>Refreshing is single-flight: concurrent callers share one request to the token endpoint and its result, or
 *       its error. Before refreshing, the store is read again, so tokens another process refreshed are used instead.
 *   <li>The refreshed tokens are stored before the new access token is used; a response without a refresh token
 *       keeps the old one. If storing fails, the new tokens are still used (a rotated refresh token must not be lost)
 *       and storing is tried again on the next call.
 *   <li>{@code invalid_grant} is terminal: the stored tokens are deleted, a {@link ReauthorizationRequiredException}
 *       is thrown, and later calls fail the same way without contacting the server, until new tokens are stored
 *       with {@link #store(TokenSet)}.
 *   <li>A refresh that finishes after {@link #store(TokenSet)} or {@link #clear()} changed the tokens leaves them as
 *       they were changed.
 * </ul>
 */
public final class TokenManager {
    private static final Logger LOG = LoggerFactory.getLogger(TokenManager.class);

    private final String connection;
    private final TokenStore store;
    private final TokenEndpointClient endpoint;
    private final Clock clock;
    private final Duration skew;

    private final Object lock = new Object();
    private CompletableFuture<TokenSet> refreshing;
    private String terminal;
    /** Changed by {@link #store} and {@link #clear}: a refresh started before such a change must not undo it. */
    private long generation;
    /** The tokens last loaded or saved, so that a call does not read the store each time. */
    private volatile TokenSet cached;
    /** Tokens a refresh produced that the store has not accepted yet. */
    private TokenSet unsaved;

    public TokenManager(String connection, TokenStore store, TokenEndpointClient endpoint, Clock clock, Duration skew) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.store = Objects.requireNonNull(store, "store");
        this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.skew = Objects.requireNonNull(skew, "skew");
    }

    public String connection() {
        return connection;
    }

    /** Stores tokens from a completed authorization; clears an earlier terminal failure. */
    public void store(TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens");
        synchronized (lock) {
            store.save(connection, tokens);
            generation++;
            cached = tokens;
            unsaved = null;
            terminal = null;
        }
    }

    /** The stored tokens, without refreshing. */
    public Optional<TokenSet> stored() {
        return store.load(connection);
    }

    /** Forgets the tokens of this connection, in memory and in the store. */
    public void clear() {
        synchronized (lock) {
            generation++;
            cached = null;
            unsaved = null;
            store.delete(connection);
        }
    }

    /** Tokens whose access token is valid for at least the skew, refreshed first when needed. */
    public TokenSet current() {
        TokenSet tokens = loadOrFail();
        if (!tokens.expiresWithin(skew, clock.instant())) {
            return tokens;
        }
        return refresh(tokens.accessToken());
    }

    /**
     * Called when CORE refused {@code rejectedAccessToken}: refreshes, unless another caller already replaced that
     * token, in which case the newer tokens are returned as they are.
     */
    public TokenSet refreshAfterRejection(String rejectedAccessToken) {
        return refresh(rejectedAccessToken);
    }

    private TokenSet refresh(String staleAccessToken) {
        CompletableFuture<TokenSet> flight;
        long startedAt;
        TokenSet latest;
        boolean leader = false;
        synchronized (lock) {
            failIfTerminal();
            latest = unsaved != null ? unsaved : reload();
            if (!latest.accessToken().equals(staleAccessToken) && !latest.expiresWithin(skew, clock.instant())) {
                // Someone refreshed meanwhile, here or in another process; their tokens are good.
                cached = latest;
                return latest;
            }
            if (refreshing == null) {
                refreshing = new CompletableFuture<>();
                leader = true;
            }
            flight = refreshing;
            startedAt = generation;
        }
        if (leader) {
            try {
                flight.complete(doRefresh(latest, startedAt));
            } catch (Throwable failure) {
                flight.completeExceptionally(failure);
            } finally {
                synchronized (lock) {
                    refreshing = null;
                }
            }
        }
        try {
            return flight.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        }
    }

    private TokenSet doRefresh(TokenSet old, long startedAt) {
        if (old.refreshToken() == null) {
            throw terminate(
                    startedAt,
                    "the access token expired and there is no refresh token (was offline_access" + " granted?)");
        }
        TokenSet fresh;
        try {
            fresh = old.updatedBy(endpoint.refresh(old.refreshToken()));
        } catch (OAuthException e) {
            if ("invalid_grant".equals(e.error())) {
                throw terminate(startedAt, "the refresh token was refused (invalid_grant)");
            }
            throw e;
        }
        synchronized (lock) {
            if (generation != startedAt) {
                // The tokens were replaced or cleared while this refresh ran: theirs win.
                TokenSet now = cached;
                if (now == null) {
                    throw new ReauthorizationRequiredException(connection, "the tokens were cleared");
                }
                return now;
            }
            cached = fresh;
            // Store first: a rotated refresh token must survive the process.
            try {
                store.save(connection, fresh);
                unsaved = null;
            } catch (RuntimeException e) {
                unsaved = fresh;
                LOG.warn(
                        "could not store the refreshed tokens of connection {}; keeping them in memory: {}",
                        connection,
                        e.getMessage());
            }
        }
        LOG.debug("refreshed the access token of connection {}; it expires at {}", connection, fresh.expiresAt());
        return fresh;
    }

    private ReauthorizationRequiredException terminate(long startedAt, String reason) {
        synchronized (lock) {
            if (generation != startedAt) {
                // New tokens arrived while the old grant was being refused; they stay.
                return new ReauthorizationRequiredException(connection, reason + " for an older grant");
            }
            terminal = reason;
            cached = null;
            unsaved = null;
            try {
                store.delete(connection);
            } catch (CoreException e) {
                LOG.warn("could not delete the tokens of connection {}: {}", connection, e.getMessage());
            }
        }
        return new ReauthorizationRequiredException(connection, reason);
    }

    private void failIfTerminal() {
        if (terminal != null) {
            throw new ReauthorizationRequiredException(connection, terminal);
        }
    }

    /** Reads the store (under the lock), retrying a pending save first. */
    private TokenSet reload() {
        TokenSet tokens = store.load(connection)
                .orElseThrow(() -> new ReauthorizationRequiredException(connection, "no tokens are stored"));
        cached = tokens;
        return tokens;
    }

    private TokenSet loadOrFail() {
        TokenSet tokens = cached;
        synchronized (lock) {
            failIfTerminal();
            if (unsaved != null) {
                try {
                    store.save(connection, unsaved);
                    unsaved = null;
                } catch (RuntimeException e) {
                    LOG.debug("still cannot store the tokens of connection {}: {}", connection, e.getMessage());
                }
                return cached;
            }
            if (tokens == null) {
                tokens = reload();
            }
        }
        return tokens;
    }

    @Override
    public String toString() {
        return "TokenManager{connection=" + connection + ", store=" + store + ", skew=" + skew + "}";
    }
}
