package dev.corekit.runtime.auth;

import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The authorizations started and not yet completed, keyed by their {@code state}. A state is taken at most once, and
 * only before it expires.
 *
 * <p>Entries are found by the SHA-256 of the state, then the state itself is compared with
 * {@link MessageDigest#isEqual}, so that how long a lookup takes says nothing about how close a forged state came.
 * A taken or expired state leaves a tombstone for one more lifetime, so that a replay is reported as such; abandoned
 * entries and old tombstones are dropped on each call, which bounds memory to what one lifetime of starts makes.
 */
final class PendingAuthorizations {
    private final Duration lifetime;
    private final Map<String, Pending> pending = new ConcurrentHashMap<>();
    private final Map<String, Tombstone> tombstones = new ConcurrentHashMap<>();

    PendingAuthorizations(Duration lifetime) {
        this.lifetime = lifetime;
    }

    /** What {@link AuthorizationFlow} keeps of a started authorization. */
    static final class Pending {
        private final byte[] state;
        private final AuthorizationState decoded;
        private final Pkce pkce;
        private final String redirectUri;
        private final Instant expiresAt;

        Pending(String state, AuthorizationState decoded, Pkce pkce, String redirectUri, Instant expiresAt) {
            this.state = state.getBytes(StandardCharsets.UTF_8);
            this.decoded = decoded;
            this.pkce = pkce;
            this.redirectUri = redirectUri;
            this.expiresAt = expiresAt;
        }

        AuthorizationState decoded() {
            return decoded;
        }

        /** The PKCE pair, or {@code null} without PKCE. */
        Pkce pkce() {
            return pkce;
        }

        /** The redirect URI exactly as the authorize request carried it. */
        String redirectUri() {
            return redirectUri;
        }

        Instant expiresAt() {
            return expiresAt;
        }

        @Override
        public String toString() {
            return "Pending{redirectUri=" + redirectUri + ", expiresAt=" + expiresAt + "}";
        }
    }

    private record Tombstone(Reason reason, Instant forgetAt) {}

    /** Registers {@code entry} under {@code state}. */
    void register(String state, Pending entry, Instant now) {
        purge(now);
        pending.put(key(state), entry);
    }

    /**
     * Takes the entry of {@code state}: afterwards the state is spent, whatever the caller does with it.
     *
     * @throws AuthorizationStateException when the state is missing, unknown, already taken or expired
     */
    Pending take(String state, Instant now) {
        if (state == null || state.isEmpty()) {
            throw new AuthorizationStateException(Reason.MISSING, "the callback carried no state");
        }
        if (state.length() > AuthorizationState.MAX_ENCODED_LENGTH) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the callback's state is too long");
        }
        String key = key(state);
        Pending entry = pending.get(key);
        if (entry == null || !MessageDigest.isEqual(entry.state, state.getBytes(StandardCharsets.UTF_8))) {
            throw notPending(key, now);
        }
        if (!pending.remove(key, entry)) {
            // Another callback with the same state, or a purge, took it first.
            throw notPending(key, now);
        }
        boolean expired = !now.isBefore(entry.expiresAt);
        tombstones.put(key, new Tombstone(expired ? Reason.EXPIRED : Reason.REPLAYED, entry.expiresAt.plus(lifetime)));
        purge(now);
        if (expired) {
            throw expired();
        }
        return entry;
    }

    /** Forgets {@code state} without a tombstone, e.g. when the browser could not be opened. */
    boolean discard(String state) {
        return state != null && pending.remove(key(state)) != null;
    }

    /** How many authorizations are pending (expired ones not yet dropped included). */
    int size() {
        return pending.size();
    }

    private AuthorizationStateException notPending(String key, Instant now) {
        Tombstone tombstone = tombstones.get(key);
        if (tombstone != null && now.isBefore(tombstone.forgetAt())) {
            return tombstone.reason() == Reason.EXPIRED
                    ? expired()
                    : new AuthorizationStateException(Reason.REPLAYED, "the state was already used");
        }
        return new AuthorizationStateException(
                Reason.UNKNOWN, "no authorization was started with this state (forged, or from another flow)");
    }

    private AuthorizationStateException expired() {
        return new AuthorizationStateException(
                Reason.EXPIRED, "the authorization was started more than " + lifetime + " ago");
    }

    private void purge(Instant now) {
        pending.entrySet().removeIf(e -> {
            if (now.isBefore(e.getValue().expiresAt)) {
                return false;
            }
            tombstones.put(
                    e.getKey(),
                    new Tombstone(Reason.EXPIRED, e.getValue().expiresAt.plus(lifetime)));
            return true;
        });
        tombstones.values().removeIf(t -> !now.isBefore(t.forgetAt()));
    }

    private static String key(String state) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    @Override
    public String toString() {
        return "PendingAuthorizations{pending=" + pending.size() + "}";
    }
}
