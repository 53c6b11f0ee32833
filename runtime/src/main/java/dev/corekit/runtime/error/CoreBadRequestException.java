package dev.corekit.runtime.error;

/** {@code 400}: CORE refused the request, e.g. a malformed {@code where} expression. */
public class CoreBadRequestException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    public CoreBadRequestException(String method, String path, String excerpt, String detail) {
        super(400, method, path, excerpt, detail);
    }
}
