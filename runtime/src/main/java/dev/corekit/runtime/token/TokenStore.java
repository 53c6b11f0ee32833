package dev.corekit.runtime.token;

import java.util.Optional;

/**
 * Where a connection's tokens live between calls and between runs. A connection is one CORE company connected
 * through one app (CORE allows one company per app instance), named by the application, so one process can serve many
 * companies: {@code "acme"}, {@code "tenant-42"}. Implementations must be thread-safe and must never log tokens.
 *
 * <p>A store that several processes share (a database, a directory on a shared disk) must implement {@link #update}
 * with a lock those processes see: corekit refreshes a connection's tokens only inside {@code update}, so that one
 * process spends a refresh token and the others wait for and use its result.
 */
public interface TokenStore {

    /**
     * {@return the tokens of {@code connection}, or empty when there are none}
     *
     * @param connection the name the connection's tokens are stored under
     */
    Optional<TokenSet> load(String connection);

    /**
     * Stores (replaces) the tokens of {@code connection}; when this returns, a later {@link #load} sees them.
     *
     * @param connection the name the connection's tokens are stored under
     * @param tokens the tokens
     */
    void save(String connection, TokenSet tokens);

    /**
     * Forgets the tokens of {@code connection}.
     *
     * @param connection the name the connection's tokens are stored under
     */
    void delete(String connection);

    /**
     * Runs {@code update} while holding the refresh lock of {@code connection}, then stores what it returned: while
     * one caller is inside, every other caller of {@code update} for the same connection waits, in this process and,
     * for a shared store, in every process that shares it. {@code update} receives the tokens stored at that moment
     * (read after the lock was taken). If it returns the instance it was given, nothing is written; other tokens are
     * saved, and empty deletes them. If it throws, the stored tokens stay as they were and the exception propagates.
     * Either way the lock is released when this returns.
     *
     * <p>The default holds a lock of this process only, keyed by this store and the connection, around {@link #load}
     * and {@link #save} or {@link #delete}: right for a store that one process owns (give every client of a
     * connection the same store instance), wrong for a shared one.
     *
     * @param update computes the new tokens from the stored ones
     * @param connection the name the connection's tokens are stored under
     * @return the tokens stored when this returns, or empty when there are none
     */
    default Optional<TokenSet> update(String connection, TokenUpdate update) {
        return LocalRefreshLocks.run(this, connection, update);
    }
}
