package dev.corekit.sandbox.admin;

/** A refused admin request: its status and a message saying what was wrong. */
final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String allow;

    AdminError(int status, String message) {
        this(status, message, null);
    }

    private AdminError(int status, String message, String allow) {
        super(message, null, false, false);
        this.status = status;
        this.allow = allow;
    }

    int status() {
        return status;
    }

    /** The methods allowed, for the {@code Allow} header of a {@code 405}; {@code null} otherwise. */
    String allow() {
        return allow;
    }

    static AdminError methodNotAllowed(String method, String allow) {
        return new AdminError(405, method + " is not allowed here; allowed: " + allow + ".", allow);
    }

    static AdminError badRequest(String message) {
        return new AdminError(400, message);
    }

    static AdminError notFound(String message) {
        return new AdminError(404, message);
    }
}
