package dev.corekit.runtime.error;

import org.jspecify.annotations.Nullable;

/**
 * The identity server refused an OAuth request ({@code {"error": ..., "error_description": ...}}, RFC 6749 §5.2), or
 * the authorization callback carried an error ({@code access_denied}, {@code invalid_scope}). Both texts are masked:
 * a code, PKCE verifier, token or client secret the request sent shows as {@code ***} wherever the server echoes it,
 * and line breaks become spaces.
 */
public class OAuthException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The error. */
    private final String error;
    /** The description. */
    private final @Nullable String description;
    /** The status. */
    private final int status;

    /**
     * Creates the exception.
     *
     * @param error the OAuth error code
     * @param description the server's description, or {@code null}
     * @param status the HTTP status
     */
    public OAuthException(String error, @Nullable String description, int status) {
        super("OAuth error " + error + (description == null || description.isEmpty() ? "" : ": " + description)
                + (status > 0 ? " (HTTP " + status + ")" : ""));
        this.error = error;
        this.description = description;
        this.status = status;
    }

    /** {@return the OAuth error code, e.g. {@code invalid_grant}, {@code invalid_client}, {@code access_denied}} */
    public String error() {
        return error;
    }

    /** {@return the server's description, or {@code null}} */
    public @Nullable String description() {
        return description;
    }

    /** {@return the HTTP status, or {@code 0} for an error that arrived on the redirect} */
    public int status() {
        return status;
    }
}
