package dev.corekit.sandbox.faults;

import java.time.Duration;

/**
 * One kind of misbehaviour the sandbox applies to a request instead of (or before) answering it normally.
 *
 * @param kind what happens
 * @param status the status for {@link Kind#STATUS}
 * @param retryAfter the {@code Retry-After} value for a {@code 429} or {@code 503}, or {@code null}
 * @param delay how long {@link Kind#DELAY} waits before answering normally
 */
public record Fault(Kind kind, int status, String retryAfter, Duration delay) {

    /** The kinds of fault. */
    public enum Kind {
        /** Answer with {@code status} (and {@code Retry-After} when set) and a short JSON body. */
        STATUS,
        /** Wait {@code delay}, then answer normally. */
        DELAY,
        /** Close the connection without answering. */
        DROP_CONNECTION,
        /** Answer {@code 200} with a truncated JSON body. */
        MALFORMED_BODY
    }
}
