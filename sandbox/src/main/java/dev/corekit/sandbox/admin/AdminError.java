package dev.corekit.sandbox.admin;

/** A refused admin request: its status and a message saying what was wrong. */
final class AdminError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;

    AdminError(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }

    static AdminError badRequest(String message) {
        return new AdminError(400, message);
    }

    static AdminError notFound(String message) {
        return new AdminError(404, message);
    }
}
