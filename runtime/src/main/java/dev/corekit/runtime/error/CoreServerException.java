package dev.corekit.runtime.error;

/** {@code 5xx}: CORE failed. Idempotent calls were retried first, as the retry policy allows. */
public class CoreServerException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    public CoreServerException(int status, String method, String path, String excerpt, String detail) {
        super(status, method, path, excerpt, detail);
    }
}
