package dev.corekit.runtime.error;

/** {@code 404}: no such object or path. */
public class CoreNotFoundException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    public CoreNotFoundException(String method, String path, String excerpt, String detail) {
        super(404, method, path, excerpt, detail);
    }
}
