package dev.corekit.runtime.error;

/** {@code 403}: the token is valid but lacks the permission (e.g. a {@code read:core} token writing). Never refreshes. */
public class CoreForbiddenException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    public CoreForbiddenException(String method, String path, String excerpt, String detail) {
        super(403, method, path, excerpt, detail);
    }
}
