package dev.corekit.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * {@code 409}: CORE refused a change, e.g. an update with a stale {@code version} ({@code OutDatedModel}) or a
 * business rule. CORE's two body shapes are parsed: {@code {"Key": ..., "Message": ...}} and
 * {@code {"errorCode": ..., "message": ...}}.
 */
public class CoreConflictException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /** The key. */
    private final @Nullable String key;
    /** The core message. */
    private final @Nullable String coreMessage;

    /**
     * Creates the exception.
     *
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param excerpt a short, redacted excerpt of the body, or {@code null}
     * @param key CORE's {@code Key} or {@code errorCode}, or {@code null}
     * @param coreMessage the core message
     */
    public CoreConflictException(
            String method, String path, String excerpt, @Nullable String key, @Nullable String coreMessage) {
        super(
                409,
                method,
                path,
                excerpt,
                key == null ? coreMessage : key + (coreMessage == null ? "" : ": " + coreMessage));
        this.key = key;
        this.coreMessage = coreMessage;
    }

    /**
     * {@return CORE's {@code Key} or {@code errorCode}, e.g. {@code OutDatedModel} or {@code 031.001}; may be null}
     */
    public @Nullable String key() {
        return key;
    }

    /**
     * {@return CORE's {@code Message} or {@code message}; may be null}
     */
    public @Nullable String coreMessage() {
        return coreMessage;
    }
}
