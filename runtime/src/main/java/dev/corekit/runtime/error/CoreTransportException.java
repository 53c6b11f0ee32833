package dev.corekit.runtime.error;

/** The call did not get an answer (connection refused or dropped, timeout) and was not, or no longer, retried. */
public class CoreTransportException extends CoreException {
    private static final long serialVersionUID = 1L;

    private final String method;
    private final String path;

    public CoreTransportException(String method, String path, String problem, Throwable cause) {
        super(method + " " + path + " got no answer: " + problem, cause);
        this.method = method;
        this.path = path;
    }

    public String method() {
        return method;
    }

    public String path() {
        return path;
    }
}
