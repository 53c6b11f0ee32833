package dev.corekit.runtime.error;

/**
 * The root of every exception corekit throws. Messages never hold a secret: no token, client secret, code or PKCE
 * verifier.
 */
public class CoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public CoreException(String message) {
        super(message);
    }

    public CoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
