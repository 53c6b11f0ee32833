package dev.corekit.runtime.error;

/**
 * corekit refused an API base URL (the token response's {@code endpoint}, or the stored one): it is missing, not an
 * absolute https URL, names user-info, a query or a fragment, a port other than 443, or a host outside the allowed
 * domains. Nothing was sent to it, and the message names no token.
 */
public class ApiEndpointException extends CoreException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what went wrong, without a secret
     */
    public ApiEndpointException(String message) {
        super(message);
    }
}
