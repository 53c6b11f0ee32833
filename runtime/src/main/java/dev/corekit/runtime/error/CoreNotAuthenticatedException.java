package dev.corekit.runtime.error;

/**
 * CORE did not accept the access token ({@code 401}, or its documented {@code 200 "Not authenticated"}) even after
 * one refresh and one replay.
 */
public class CoreNotAuthenticatedException extends CoreApiException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param status the HTTP status
     * @param method the call's HTTP method
     * @param path the call's path, without the query string
     */
    public CoreNotAuthenticatedException(int status, String method, String path) {
        super(status, method, path, "", "not authenticated, even after refreshing the access token");
    }
}
