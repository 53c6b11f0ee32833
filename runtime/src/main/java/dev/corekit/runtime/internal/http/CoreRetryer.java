package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.error.CoreNotAuthenticatedException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.internal.token.TokenManager;
import dev.corekit.runtime.metrics.CoreMetrics;
import feign.InvocationHandlerFactory.MethodHandler;
import feign.Request;
import feign.RetryableException;
import java.lang.reflect.UndeclaredThrowableException;
import java.net.URI;
import java.util.Objects;
import java.util.Set;

/**
 * The retry rules of API calls, run on the {@link RetryEngine}. After a failed attempt:
 *
 * <ul>
 *   <li>CORE refused the access token: refresh once and replay at once (no attempt spent); a second refusal is a
 *       {@link CoreNotAuthenticatedException}.
 *   <li>A connection failure (refused, reset, timed out, an answer that broke off), {@code 429} or {@code 503}: retry
 *       GET, PUT and DELETE (a POST or PATCH only when the {@link RetryPolicy} allows it), waiting as
 *       {@code Retry-After} says (up to the policy's cap; a longer wait fails at once) or with jittered exponential
 *       backoff, within the policy's attempts and deadline.
 *   <li>Otherwise the typed exception is thrown.
 * </ul>
 *
 * Feign itself never retries (corekit gives it {@link feign.Retryer#NEVER_RETRY}): this is the one place that decides
 * what is sent again. An interrupt while waiting ends the call with a {@link CoreTransportException} and keeps the
 * thread's interrupt flag set.
 */
public final class CoreRetryer {
    private static final Set<Request.HttpMethod> IDEMPOTENT = Set.of(
            Request.HttpMethod.GET,
            Request.HttpMethod.PUT,
            Request.HttpMethod.DELETE,
            Request.HttpMethod.HEAD,
            Request.HttpMethod.OPTIONS);

    private final RetryEngine engine;
    private final TokenManager tokens;
    private final CoreMetrics metrics;

    public CoreRetryer(RetryEngine engine, TokenManager tokens) {
        this(engine, tokens, CoreMetrics.none());
    }

    /**
     * A retryer whose retries {@code metrics} counts.
     *
     * @param engine the retry loop
     * @param tokens the connection's tokens, refreshed when CORE refuses the access token
     * @param metrics told of every retry
     */
    public CoreRetryer(RetryEngine engine, TokenManager tokens, CoreMetrics metrics) {
        this.engine = Objects.requireNonNull(engine, "engine");
        this.tokens = Objects.requireNonNull(tokens, "tokens");
        this.metrics = GuardedMetrics.of(metrics);
    }

    /**
     * Makes one call through a Feign method handler: its attempts, refresh and waits.
     *
     * @param resource the call's resource, for {@link CoreMetrics#retried}
     * @param method the call's method, for {@link CoreMetrics#retried}
     */
    Object call(MethodHandler handler, Object[] args, String resource, String method) {
        Call call = new Call(handler, args, resource, method);
        return engine.run(call, call::interrupted);
    }

    /** The state of one call: whether it refreshed already, and the request of its last failed attempt. */
    private final class Call implements RetryEngine.Attempt<Object> {
        private final MethodHandler handler;
        private final Object[] args;
        private final String resource;
        private final String apiMethod;
        private boolean refreshed;
        private String method = "?";
        private String path = "?";

        Call(MethodHandler handler, Object[] args, String resource, String apiMethod) {
            this.handler = handler;
            this.args = args;
            this.resource = resource;
            this.apiMethod = apiMethod;
        }

        @Override
        public void retrying() {
            metrics.retried(resource, apiMethod);
        }

        @Override
        public RetryEngine.Outcome<Object> run() {
            while (true) {
                try {
                    return RetryEngine.Outcome.done(handler.invoke(args));
                } catch (NotAuthenticatedSignal signal) {
                    remember(signal);
                    if (refreshed) {
                        throw new CoreNotAuthenticatedException(signal.status(), method, path);
                    }
                    refreshed = true;
                    tokens.refreshAfterRejection(signal.rejectedToken());
                } catch (FailSignal signal) {
                    throw signal.failure();
                } catch (RetrySignal signal) {
                    remember(signal);
                    return retryIfAllowed(signal, signal.failure());
                } catch (RetryableException e) {
                    // Feign's own: the request could not be sent or got no answer.
                    remember(e);
                    return retryIfAllowed(
                            e, new CoreTransportException(method, path, describe(e.getCause()), e.getCause()));
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Throwable e) {
                    throw new UndeclaredThrowableException(e);
                }
            }
        }

        private RetryEngine.Outcome<Object> retryIfAllowed(RetryableException e, RuntimeException failure) {
            boolean idempotent = e.method() != null && IDEMPOTENT.contains(e.method());
            if (!idempotent && !engine.policy().retryPosts()) {
                throw failure;
            }
            return RetryEngine.Outcome.retry(
                    e instanceof RetrySignal signal ? signal.retryAfterDuration() : null, failure);
        }

        private void remember(RetryableException e) {
            Request request = e.request();
            method = request == null
                    ? String.valueOf(e.method())
                    : request.httpMethod().name();
            path = request == null ? "" : URI.create(request.url()).getRawPath();
        }

        RuntimeException interrupted(InterruptedException e) {
            return new CoreTransportException(method, path, "interrupted while waiting to retry", e);
        }
    }

    private static String describe(Throwable cause) {
        return cause == null ? "connection failed" : cause.getClass().getSimpleName();
    }

    @Override
    public String toString() {
        return "CoreRetryer{" + engine + "}";
    }
}
