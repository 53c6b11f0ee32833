package dev.corekit.runtime.error;

/** CORE answered with a body corekit cannot read as the declared type (malformed JSON, a value of another shape). */
public class CoreResponseException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    public CoreResponseException(
            int status, String method, String path, String excerpt, String detail, Throwable cause) {
        super(status, method, path, excerpt, detail, cause);
    }
}
