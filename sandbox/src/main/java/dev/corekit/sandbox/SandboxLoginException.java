package dev.corekit.sandbox;

/**
 * The sandbox refused a headless log-in ({@link CoreSandbox#approve}): the authorize URI is not the sandbox's or its
 * request is invalid, the login or password is wrong, or the company is not the user's. The message says which, and
 * never holds the password.
 */
public final class SandboxLoginException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal saying why.
     *
     * @param message what went wrong
     */
    public SandboxLoginException(String message) {
        super(message);
    }

    /**
     * A refusal, with what caused it.
     *
     * @param message what went wrong
     * @param cause the failure behind it
     */
    public SandboxLoginException(String message, Throwable cause) {
        super(message, cause);
    }
}
