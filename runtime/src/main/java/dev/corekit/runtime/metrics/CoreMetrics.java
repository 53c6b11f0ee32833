package dev.corekit.runtime.metrics;

import org.jspecify.annotations.Nullable;

/**
 * Receives what corekit measures; give one to {@code CoreSettings.metrics(...)}. Every method has an empty default, so
 * an implementation overrides what it records; {@link #none()} records nothing and is the default.
 *
 * <p>corekit calls these methods on the thread of the call they describe, after the event: they must return quickly.
 * An exception thrown here never changes what the call or the token refresh does: corekit logs its class (at WARN the
 * first time, at DEBUG after, under the logger {@code dev.corekit.runtime.metrics.CoreMetrics}) and carries on.
 *
 * <p>Resources and methods are named as the generated {@code FooApi} declares them: {@code resource} is the resource's
 * declared path, the part all of the interface's request paths share before any variable ({@code activity} for
 * {@code GET /activity/{id}}, {@code crm/lead} for {@code GET /crm/lead/{id}}, {@code project} for
 * {@code GET /project/{id}/activities}) and {@code method} the Java method's name ({@code list}, {@code get},
 * {@code create}, {@code update}, {@code delete}, or a declared endpoint's). Both come from declarations, so their
 * number is bounded.
 */
public interface CoreMetrics {

    /**
     * Metrics that record nothing: the default.
     *
     * @return the one instance
     */
    static CoreMetrics none() {
        return NoMetrics.INSTANCE;
    }

    /**
     * One call of a {@code FooApi} method that sends a request ended: from the call to its value or exception, its
     * retries, the waits between them and a token refresh included. A default method such as {@code stream(...)} is
     * not a call of its own: each request it makes is one.
     *
     * @param resource the declared path of the method's resource, e.g. {@code activity} or {@code crm/lead}
     * @param method the Java method's name, e.g. {@code get}
     * @param outcome how the call ended
     * @param failure what the caller got thrown, or {@code null} when the call returned; its message may name the
     *     request's path with ids, so it is no tag value (its class is)
     * @param durationNanos how long the call took, in nanoseconds of {@link System#nanoTime()}
     */
    default void callEnded(
            String resource, String method, CallOutcome outcome, @Nullable Throwable failure, long durationNanos) {}

    /**
     * A call is about to be sent again after a failed attempt (a dropped connection, {@code 429}, {@code 503}), once
     * its wait is over. A replay after a token refresh is not a retry.
     *
     * @param resource as in {@link #callEnded}
     * @param method as in {@link #callEnded}
     */
    default void retried(String resource, String method) {}

    /**
     * The identity server issued new tokens for {@code connection} in exchange for its refresh token (ahead of expiry,
     * or after CORE refused the access token). Counted once per refresh in this process, however many callers waited
     * for it; a refresh another process made and this one read from the shared store is not counted here.
     *
     * @param connection the connection's name, as the app chose it
     */
    default void tokenRefreshed(String connection) {}

    /**
     * {@code connection} needs a new login: its refresh token was refused ({@code invalid_grant}), or its access token
     * expired and it has no refresh token. Counted once, when this process finds out; the calls that fail afterwards
     * with a {@link dev.corekit.runtime.error.ReauthorizationRequiredException} are not counted again here.
     *
     * @param connection the connection's name, as the app chose it
     */
    default void reauthorizationRequired(String connection) {}

    /**
     * The connection pool of the HTTP client corekit built (its default OkHttp client), given once when an app or a
     * client is built. Not called with {@code CoreSettings.jdkHttpClient()}, whose pool the JDK does not show, nor with
     * an HTTP client the app gave.
     *
     * @param connections reads the pool's counts whenever asked; it lives as long as the app or client
     */
    default void connectionPool(HttpConnections connections) {}
}
