package dev.corekit.runtime.token;

import java.util.Optional;

/**
 * Where a connection's tokens live between calls and between runs. A connection is one CORE company connected
 * through one app (CORE allows one company per app instance), named by the application, so one process can serve many
 * companies: {@code "acme"}, {@code "tenant-42"}. Implementations must be thread-safe and must never log tokens.
 */
public interface TokenStore {

    /** The tokens of {@code connection}, or empty when there are none. */
    Optional<TokenSet> load(String connection);

    /** Stores (replaces) the tokens of {@code connection}; when this returns, a later {@link #load} sees them. */
    void save(String connection, TokenSet tokens);

    /** Forgets the tokens of {@code connection}. */
    void delete(String connection);
}
