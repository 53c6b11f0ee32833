package dev.corekit.runtime.error;

/**
 * The stored grant is gone: the refresh token was refused ({@code invalid_grant}), expired, revoked, or there never
 * was one. The stored tokens were cleared; the user must authorize the app again. corekit does not retry this.
 */
public class ReauthorizationRequiredException extends CoreException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param connection the name the connection's tokens are stored under
     * @param reason why
     */
    public ReauthorizationRequiredException(String connection, String reason) {
        super("connection '" + connection + "' must be authorized again: " + reason);
    }
}
