package dev.corekit.runtime.auth;

import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default {@link AuthorizationStore}: pending authorizations in this process's memory. Every flow and app that is
 * given the same instance completes the others' callbacks; other processes do not see them (use a shared store, such
 * as corekit-jdbc's, behind a load balancer).
 *
 * <p>A taken or expired state leaves a tombstone for one more lifetime, so that a replay is reported as
 * {@link Reason#REPLAYED} and a late callback as {@link Reason#EXPIRED}; abandoned entries and old tombstones are
 * dropped on each save and take, which bounds memory to what one lifetime of starts makes. Thread-safe.
 */
public final class InMemoryAuthorizationStore implements AuthorizationStore {
    private final Clock clock;
    private final Duration tombstoneLifetime;
    private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();
    private final Map<String, Tombstone> tombstones = new ConcurrentHashMap<>();

    /** A store on the system clock that remembers spent states for 10 minutes after they expire. */
    public InMemoryAuthorizationStore() {
        this(Clock.systemUTC(), Duration.ofMinutes(10));
    }

    /**
     * A store that drops expired entries by {@code clock} (give the flow's own) and remembers a spent or expired state
     * for {@code tombstoneLifetime} after it expired.
     */
    public InMemoryAuthorizationStore(Clock clock, Duration tombstoneLifetime) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.tombstoneLifetime = Objects.requireNonNull(tombstoneLifetime, "tombstoneLifetime");
    }

    private record Tombstone(Reason reason, Instant forgetAt) {}

    @Override
    public void save(PendingAuthorization authorization) {
        Objects.requireNonNull(authorization, "authorization");
        purge(clock.instant());
        pending.put(authorization.stateHash(), authorization);
    }

    @Override
    public PendingAuthorization take(String stateHash, Instant now) {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(now, "now");
        PendingAuthorization entry = pending.remove(stateHash);
        if (entry == null) {
            // Never started, or another callback with the same state (or a purge) took it first.
            throw notPending(stateHash, now);
        }
        boolean expired = !now.isBefore(entry.expiresAt());
        tombstones.put(stateHash, tombstone(expired ? Reason.EXPIRED : Reason.REPLAYED, entry));
        purge(now);
        if (expired) {
            throw expired();
        }
        return entry;
    }

    @Override
    public boolean discard(String stateHash) {
        return stateHash != null && pending.remove(stateHash) != null;
    }

    /** How many authorizations are pending (expired ones not yet dropped included). */
    public int size() {
        return pending.size();
    }

    private Tombstone tombstone(Reason reason, PendingAuthorization entry) {
        return new Tombstone(reason, entry.expiresAt().plus(tombstoneLifetime));
    }

    private AuthorizationStateException notPending(String stateHash, Instant now) {
        Tombstone tombstone = tombstones.get(stateHash);
        if (tombstone != null && now.isBefore(tombstone.forgetAt())) {
            return tombstone.reason() == Reason.EXPIRED
                    ? expired()
                    : new AuthorizationStateException(Reason.REPLAYED, "the state was already used");
        }
        return new AuthorizationStateException(
                Reason.UNKNOWN, "no authorization was started with this state (forged, or from another flow)");
    }

    private static AuthorizationStateException expired() {
        return new AuthorizationStateException(Reason.EXPIRED, "the authorization's pending lifetime is over");
    }

    private void purge(Instant now) {
        pending.entrySet().removeIf(e -> {
            if (now.isBefore(e.getValue().expiresAt())) {
                return false;
            }
            tombstones.put(e.getKey(), tombstone(Reason.EXPIRED, e.getValue()));
            return true;
        });
        tombstones.values().removeIf(t -> !now.isBefore(t.forgetAt()));
    }

    @Override
    public String toString() {
        return "InMemoryAuthorizationStore{pending=" + pending.size() + "}";
    }
}
