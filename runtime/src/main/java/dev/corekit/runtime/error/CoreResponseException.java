package dev.corekit.runtime.error;

/** CORE answered with a body corekit cannot read as the declared type (malformed JSON, a value of another shape). */
public class CoreResponseException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param excerpt a short, redacted excerpt of the body, or {@code null}
     * @param detail what was wrong, or {@code null}
     * @param cause what caused it
     */
    public CoreResponseException(
            int status, String method, String path, String excerpt, String detail, Throwable cause) {
        super(status, method, path, excerpt, detail, cause);
    }
}
