package dev.corekit.runtime.error;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * {@code 429}: CORE asked to slow down, and retrying was not allowed or would wait longer than the retry policy's
 * cap. {@link #retryAfter()} says how long CORE asked to wait, when it said.
 */
public class CoreRateLimitException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /** The retry after. */
    private final @Nullable Duration retryAfter;

    /**
     * Creates the exception.
     *
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param excerpt a short, redacted excerpt of the body, or {@code null}
     * @param retryAfter how long CORE asked to wait, or {@code null}
     */
    public CoreRateLimitException(String method, String path, String excerpt, @Nullable Duration retryAfter) {
        super(
                429,
                method,
                path,
                excerpt,
                retryAfter == null ? "rate limited" : "rate limited; retry after " + retryAfter);
        this.retryAfter = retryAfter;
    }

    /** {@return how long CORE asked to wait, or {@code null}} */
    public @Nullable Duration retryAfter() {
        return retryAfter;
    }
}
