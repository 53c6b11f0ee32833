package dev.corekit.runtime.auth;

import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
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
 * <p>Time is the callers': an entry expires when a {@link #take} is given an instant at or past its
 * {@link PendingAuthorization#expiresAt()}, so an app on a clock of its own loses no login to this process's clock. A
 * taken or expired state leaves a tombstone for the tombstone lifetime, so that a replay is reported as
 * {@link Reason#REPLAYED} and a late callback as {@link Reason#EXPIRED}. Abandoned entries and old tombstones are
 * dropped by a scan at most once per quarter of the tombstone lifetime of the callers' time, which bounds memory to
 * what about two lifetimes of starts make at a cost per save and take that does not grow with them. Thread-safe.
 */
public final class InMemoryAuthorizationStore implements AuthorizationStore {
    private final Duration tombstoneLifetime;
    private final Duration purgeStep;
    private final Map<String, PendingAuthorization> pending = new ConcurrentHashMap<>();
    private final Map<String, Tombstone> tombstones = new ConcurrentHashMap<>();
    /** The callers' instant from which the next scan is due. */
    private Instant nextPurge = Instant.MIN;

    /** A store that remembers spent states for 10 minutes after they expire. */
    public InMemoryAuthorizationStore() {
        this(Duration.ofMinutes(10));
    }

    /**
     * A store that remembers a spent or expired state for {@code tombstoneLifetime} after it expired (give the flow's
     * pending lifetime).
     *
     * @param tombstoneLifetime how long a spent or expired state is remembered
     * @throws IllegalArgumentException when the lifetime is not positive
     */
    public InMemoryAuthorizationStore(Duration tombstoneLifetime) {
        this.tombstoneLifetime = Objects.requireNonNull(tombstoneLifetime, "tombstoneLifetime");
        if (tombstoneLifetime.isNegative() || tombstoneLifetime.isZero()) {
            throw new IllegalArgumentException("tombstoneLifetime must be positive, was " + tombstoneLifetime);
        }
        this.purgeStep = tombstoneLifetime.dividedBy(4);
    }

    private record Tombstone(Reason reason, Instant forgetAt) {}

    @Override
    public void save(PendingAuthorization authorization) {
        Objects.requireNonNull(authorization, "authorization");
        pending.put(authorization.stateHash(), authorization);
    }

    @Override
    public PendingAuthorization take(String stateHash, Instant now) {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(now, "now");
        purgeIfDue(now);
        PendingAuthorization entry = pending.remove(stateHash);
        if (entry == null) {
            // Never started, or another callback with the same state (or a purge) took it first.
            throw notPending(stateHash, now);
        }
        Tombstone tombstone = tombstone(now.isBefore(entry.expiresAt()) ? Reason.REPLAYED : Reason.EXPIRED, entry);
        if (!now.isBefore(tombstone.forgetAt())) {
            // Abandoned so long ago that a scan would have forgotten it.
            throw unknown();
        }
        tombstones.put(stateHash, tombstone);
        if (tombstone.reason() == Reason.EXPIRED) {
            throw expired();
        }
        return entry;
    }

    @Override
    public boolean discard(String stateHash) {
        return stateHash != null && pending.remove(stateHash) != null;
    }

    /** {@return how many authorizations are pending (expired ones not yet dropped included)} */
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
        return unknown();
    }

    private static AuthorizationStateException unknown() {
        return new AuthorizationStateException(
                Reason.UNKNOWN, "no authorization was started with this state (forged, or from another flow)");
    }

    private static AuthorizationStateException expired() {
        return new AuthorizationStateException(Reason.EXPIRED, "the authorization's pending lifetime is over");
    }

    /** Scans when the callers' time has moved a step past the last scan: once per step, however many calls. */
    private void purgeIfDue(Instant now) {
        synchronized (this) {
            if (now.isBefore(nextPurge)) {
                return;
            }
            nextPurge = now.plus(purgeStep);
        }
        purge(now);
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
