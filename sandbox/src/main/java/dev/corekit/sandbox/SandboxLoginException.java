package dev.corekit.sandbox;

/**
 * The sandbox refused a headless log-in ({@link CoreSandbox#approve}): the authorize URI is not the sandbox's or its
 * request is invalid, the login or password is wrong, or the company is not the user's. The message says which, and
 * never holds the password.
 */
public final class SandboxLoginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SandboxLoginException(String message) {
        super(message);
    }

    public SandboxLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
