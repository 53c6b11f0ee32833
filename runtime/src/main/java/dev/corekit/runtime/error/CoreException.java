package dev.corekit.runtime.error;

/**
 * The root of every exception corekit throws. Messages never hold a secret: no token, client secret, code or PKCE
 * verifier.
 */
public class CoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without a secret
     */
    public CoreException(String message) {
        super(message);
    }

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without a secret
     * @param cause what caused it
     */
    public CoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
