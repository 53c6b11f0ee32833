package dev.corekit.runtime.error;

/** {@code 5xx}: CORE failed. Idempotent calls were retried first, as the retry policy allows. */
public class CoreServerException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param excerpt a short, redacted excerpt of the body, or {@code null}
     * @param detail what was wrong, or {@code null}
     */
    public CoreServerException(int status, String method, String path, String excerpt, String detail) {
        super(status, method, path, excerpt, detail);
    }
}
