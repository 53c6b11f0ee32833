package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.error.CoreException;
import feign.Request;
import feign.RetryableException;

/**
 * Carries a typed failure from the decoder through Feign, which wraps every other exception a decoder throws;
 * {@link CoreRetryer} throws the failure at once. Never leaves corekit.
 */
final class FailSignal extends RetryableException {
    private static final long serialVersionUID = 1L;

    private final transient CoreException failure;

    FailSignal(Request request, CoreException failure) {
        super(-1, failure.getMessage(), request.httpMethod(), failure, (Long) null, request);
        this.failure = failure;
    }

    CoreException failure() {
        return failure;
    }
}
