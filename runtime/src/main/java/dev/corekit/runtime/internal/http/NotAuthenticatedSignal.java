package dev.corekit.runtime.internal.http;

import feign.Request;
import feign.RetryableException;
import org.jspecify.annotations.Nullable;

/**
 * Tells {@link CoreRetryer} that CORE refused the access token: {@code 401}, or CORE's documented {@code 200} with the
 * body {@code "Not authenticated"}. Carries the token that was refused so that only a stale token triggers a refresh.
 */
final class NotAuthenticatedSignal extends RetryableException {
    private static final long serialVersionUID = 1L;

    private final transient String rejectedToken;

    NotAuthenticatedSignal(int status, Request request) {
        super(status, "not authenticated", request.httpMethod(), (Long) null, request);
        this.rejectedToken = bearer(request);
    }

    String rejectedToken() {
        return rejectedToken;
    }

    private static @Nullable String bearer(Request request) {
        for (String value : request.headers().getOrDefault("Authorization", java.util.List.of())) {
            if (value.startsWith("Bearer ")) {
                return value.substring("Bearer ".length());
            }
        }
        return null;
    }

    /** Never shows the token. */
    @Override
    public String toString() {
        return "NotAuthenticatedSignal{status=" + status() + "}";
    }
}
