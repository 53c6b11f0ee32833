package dev.corekit.runtime.auth;

import java.time.Instant;

/**
 * Where started authorizations wait for their callback. Behind a load balancer the callback may reach another
 * instance than the one that started the authorization: instances that share a store (a database) complete each
 * other's callbacks. Implementations must be thread-safe, must never log a verifier, and must keep a state single-use
 * across every instance that shares them.
 *
 * <p>A store belongs to one app, that is one client id (for a database store: one table prefix per client id): a
 * {@link PendingAuthorization} does not record the client id, so apps with different client ids sharing a store would
 * take each other's states, and their codes would be refused by the token endpoint.
 */
public interface AuthorizationStore {

    /**
     * Keeps {@code pending} until it is taken, discarded, or forgotten some time after it expired.
     *
     * @param pending the started authorization
     */
    void save(PendingAuthorization pending);

    /**
     * Takes the pending authorization whose state hashes to {@code stateHash}: of all callers, in every instance that
     * shares this store, at most one ever receives it; afterwards the state is spent.
     *
     * @param now the instant the callback is handled, compared with {@link PendingAuthorization#expiresAt()}
     * @throws AuthorizationStateException with {@link AuthorizationStateException.Reason#UNKNOWN} when no such
     *     authorization was started (or it was forgotten), {@link AuthorizationStateException.Reason#REPLAYED} when it
     *     was already taken, {@link AuthorizationStateException.Reason#EXPIRED} when it expired before {@code now}
     * @param stateHash the state hash
     * @return the pending authorization
     */
    PendingAuthorization take(String stateHash, Instant now);

    /**
     * Forgets the pending authorization of {@code stateHash} without spending it; returns whether there was one.
     *
     * @param stateHash the state hash
     * @return whether an authorization of {@code stateHash} was pending
     */
    boolean discard(String stateHash);
}
