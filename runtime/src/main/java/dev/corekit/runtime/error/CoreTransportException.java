package dev.corekit.runtime.error;

/** The call did not get an answer (connection refused or dropped, timeout) and was not, or no longer, retried. */
public class CoreTransportException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The method. */
    private final String method;
    /** The path. */
    private final String path;

    /**
     * Creates the exception.
     *
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     * @param problem what is wrong with it
     * @param cause what caused it
     */
    public CoreTransportException(String method, String path, String problem, Throwable cause) {
        super(method + " " + path + " got no answer: " + problem, cause);
        this.method = method;
        this.path = path;
    }

    /** {@return the method} */
    public String method() {
        return method;
    }

    /** {@return the path} */
    public String path() {
        return path;
    }
}
