package dev.corekit.spring.boot;

/**
 * {@link CoreConnections#currentCore()} found no connection for the current request: it is not served in a servlet
 * request, the application has no {@link CoreConnectionResolver} bean, or the resolver named none.
 */
public final class NoCurrentConnectionException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing
     */
    public NoCurrentConnectionException(String message) {
        super(message);
    }
}
