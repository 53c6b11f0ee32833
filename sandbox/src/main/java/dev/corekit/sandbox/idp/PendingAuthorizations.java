package dev.corekit.sandbox.idp;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Authorize requests waiting for the user to log in and consent, by a random id the pages carry in a hidden field
 * (no cookies, so parallel flows in one browser never mix). A request expires {@link #PENDING_LIFETIME} after it was
 * made; a log-in holds for {@link #LOGIN_LIFETIME}, after which the consent form asks to log in again. Both run on the
 * sandbox clock.
 */
final class PendingAuthorizations {
    /** How long the user has to finish logging in and consenting. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(15);
    /** How long a log-in stays good for the consent step. */
    static final Duration LOGIN_LIFETIME = Duration.ofMinutes(5);

    /** A pending request; {@code login} is {@code null} until the user logged in. */
    record Pending(String id, AuthorizeRequest request, Instant expiresAt, String login, Instant loginExpiresAt) {
        /** Whether a log-in is good at {@code now}. */
        boolean signedIn(Instant now) {
            return login != null && now.isBefore(loginExpiresAt);
        }
    }

    private final Map<String, Pending> pending = new ConcurrentHashMap<>();

    /** Keeps {@code request} and returns its id. */
    String create(AuthorizeRequest request, Instant now) {
        // Dropping expired entries here keeps a long-running sandbox from growing without bound.
        pending.values().removeIf(p -> !now.isBefore(p.expiresAt()));
        String id = TokenRegistry.newToken();
        pending.put(id, new Pending(id, request, now.plus(PENDING_LIFETIME), null, null));
        return id;
    }

    /** The unexpired request with {@code id}. */
    Optional<Pending> find(String id, Instant now) {
        Pending p = id == null ? null : pending.get(id);
        return p == null || !now.isBefore(p.expiresAt()) ? Optional.empty() : Optional.of(p);
    }

    /** Records that {@code login} logged in for the request {@code id}; empty when it expired meanwhile. */
    Optional<Pending> signIn(String id, String login, Instant now) {
        Pending p = pending.computeIfPresent(
                id, (k, old) -> new Pending(old.id(), old.request(), old.expiresAt(), login, now.plus(LOGIN_LIFETIME)));
        return p == null || !now.isBefore(p.expiresAt()) ? Optional.empty() : Optional.of(p);
    }

    /** Removes and returns the unexpired request {@code id}: a consent decision is taken once. */
    Optional<Pending> take(String id, Instant now) {
        Pending p = id == null ? null : pending.remove(id);
        return p == null || !now.isBefore(p.expiresAt()) ? Optional.empty() : Optional.of(p);
    }
}
