package dev.corekit.runtime.auth;

import dev.corekit.runtime.error.CoreException;
import java.util.Objects;

/**
 * The {@code state} of an authorization callback was missing, malformed, unknown, already used or expired. The
 * callback may be forged (a CSRF attempt), replayed (a reloaded callback page) or late; its code never reaches the
 * token endpoint. The message never quotes the state.
 */
public class AuthorizationStateException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** Why the state was refused. */
    public enum Reason {
        /** The callback carried no {@code state}. */
        MISSING,
        /** The value is not a Base64url JSON object with a nonce. */
        MALFORMED,
        /** No authorization was started with this state (forged, or started by another process or flow). */
        UNKNOWN,
        /** The state was already used by an earlier callback. */
        REPLAYED,
        /** The authorization was started longer ago than the flow's pending lifetime. */
        EXPIRED,
        /**
         * A connection's own flow ({@code CoreClient.authorization()}), or {@code AppAuthorization.complete(Map,
         * String)}, was given the state of another connection's authorization; the state is spent. Complete app-wide
         * callbacks with {@code CoreApp.authorization()}.
         */
        OTHER_CONNECTION
    }

    /** The reason. */
    private final Reason reason;

    /**
     * An exception for {@code reason}, explained by {@code detail} (which must not quote the state).
     *
     * @param reason why
     * @param detail what was wrong, or {@code null}
     */
    public AuthorizationStateException(Reason reason, String detail) {
        super("authorization state refused (" + Objects.requireNonNull(reason, "reason") + "): " + detail);
        this.reason = reason;
    }

    /**
     * Why the state was refused.
     *
     * @return the reason
     */
    public Reason reason() {
        return reason;
    }
}
