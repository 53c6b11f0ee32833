package dev.corekit.sandbox.http;

/** A request body past the sandbox's limit; the sandbox answers {@code 413} without reading the rest. */
public final class BodyTooLargeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final long limit;

    BodyTooLargeException(long limit, String setting) {
        super(
                "The request body is larger than the sandbox's limit of " + limit + " bytes (" + setting + ").",
                null,
                false,
                false);
        this.limit = limit;
    }

    /** {@return the limit in bytes} */
    public long limit() {
        return limit;
    }
}
