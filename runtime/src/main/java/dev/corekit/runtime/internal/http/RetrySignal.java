package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.error.CoreException;
import feign.Request;
import feign.RetryableException;
import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * Tells {@link CoreRetryer} that an attempt failed in a way that may be retried ({@code 429}, {@code 503}), and what
 * to throw when it may not be. Never leaves corekit.
 */
final class RetrySignal extends RetryableException {
    private static final long serialVersionUID = 1L;

    private final transient CoreException failure;
    private final @Nullable Duration retryAfter;

    RetrySignal(int status, Request request, CoreException failure, @Nullable Duration retryAfter) {
        super(status, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
        this.failure = failure;
        this.retryAfter = retryAfter;
    }

    /** What the caller gets when no retry is made. */
    CoreException failure() {
        return failure;
    }

    /** The wait CORE asked for, or {@code null}. */
    @Nullable
    Duration retryAfterDuration() {
        return retryAfter;
    }
}
