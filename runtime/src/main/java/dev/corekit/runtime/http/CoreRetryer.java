package dev.corekit.runtime.http;

import dev.corekit.runtime.error.CoreNotAuthenticatedException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.token.TokenManager;
import feign.Request;
import feign.RetryableException;
import feign.Retryer;
import java.net.URI;
import java.time.Duration;
import java.util.Set;

/**
 * Decides, per call, what happens after a failed attempt:
 *
 * <ul>
 *   <li>CORE refused the access token: refresh once and replay once; a second refusal is a
 *       {@link CoreNotAuthenticatedException}.
 *   <li>A connection failure, {@code 429} or {@code 503}: retry GET, PUT and DELETE (a POST or PATCH only when the
 *       {@link RetryPolicy} allows it), waiting as {@code Retry-After} says (up to the policy's cap; a longer wait
 *       fails at once) or with jittered exponential backoff, within the policy's attempts and deadline.
 *   <li>Otherwise the typed exception is thrown.
 * </ul>
 *
 * Waiting is interruptible: an interrupt ends the call with a {@link CoreTransportException} and keeps the thread's
 * interrupt flag set.
 */
public final class CoreRetryer implements Retryer {
    private static final Set<Request.HttpMethod> IDEMPOTENT = Set.of(
            Request.HttpMethod.GET,
            Request.HttpMethod.PUT,
            Request.HttpMethod.DELETE,
            Request.HttpMethod.HEAD,
            Request.HttpMethod.OPTIONS);

    private final RetryPolicy policy;
    private final TokenManager tokens;
    private final long startNanos = System.nanoTime();
    private int attempt = 1;
    private boolean refreshed;

    public CoreRetryer(RetryPolicy policy, TokenManager tokens) {
        this.policy = policy;
        this.tokens = tokens;
    }

    @Override
    public void continueOrPropagate(RetryableException e) {
        Request request = e.request();
        String method = request == null
                ? String.valueOf(e.method())
                : request.httpMethod().name();
        String path = request == null ? "" : URI.create(request.url()).getRawPath();
        if (e instanceof NotAuthenticatedSignal signal) {
            if (refreshed) {
                throw new CoreNotAuthenticatedException(signal.status(), method, path);
            }
            refreshed = true;
            tokens.refreshAfterRejection(signal.rejectedToken());
            return;
        }
        if (e instanceof FailSignal signal) {
            throw signal.failure();
        }
        RuntimeException failure = e instanceof RetrySignal signal
                ? signal.failure()
                : new CoreTransportException(method, path, describe(e.getCause()), e.getCause());
        boolean idempotent = e.method() != null && IDEMPOTENT.contains(e.method());
        if (!idempotent && !policy.retryPosts()) {
            throw failure;
        }
        if (attempt >= policy.maxAttempts()) {
            throw failure;
        }
        Duration asked = e instanceof RetrySignal signal ? signal.retryAfterDuration() : null;
        if (asked != null && asked.compareTo(policy.maxRetryAfter()) > 0) {
            throw failure;
        }
        Duration wait = asked != null ? asked : policy.backoff(attempt);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - startNanos);
        if (elapsed.plus(wait).compareTo(policy.deadline()) > 0) {
            throw failure;
        }
        try {
            Thread.sleep(wait.toMillis());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CoreTransportException(method, path, "interrupted while waiting to retry", interrupted);
        }
        attempt++;
    }

    private static String describe(Throwable cause) {
        return cause == null ? "connection failed" : cause.getClass().getSimpleName();
    }

    @Override
    public Retryer clone() {
        return new CoreRetryer(policy, tokens);
    }
}
