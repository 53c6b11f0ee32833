package dev.corekit.runtime.error;

/**
 * {@code 403}: the token is valid but lacks the permission (e.g. a {@code read:core} token writing). Never refreshes.
 *
 */
public class CoreForbiddenException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param excerpt a short, redacted excerpt of the body, or {@code null}
     * @param detail what was wrong, or {@code null}
     */
    public CoreForbiddenException(String method, String path, String excerpt, String detail) {
        super(403, method, path, excerpt, detail);
    }
}
