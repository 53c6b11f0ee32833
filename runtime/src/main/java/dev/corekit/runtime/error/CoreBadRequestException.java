package dev.corekit.runtime.error;

/** {@code 400}: CORE refused the request, e.g. a malformed {@code where} expression. */
public class CoreBadRequestException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param excerpt a short, redacted excerpt of the body, or {@code null}
     * @param detail what was wrong, or {@code null}
     */
    public CoreBadRequestException(String method, String path, String excerpt, String detail) {
        super(400, method, path, excerpt, detail);
    }
}
