package dev.corekit.runtime.error;

/**
 * The identity server answered a token request with {@code 200} but a response corekit cannot use: a field is missing,
 * of the wrong type or refused (e.g. an {@code endpoint} outside the allowed hosts). The tokens were not stored and
 * no API call was made with them. The message names the field, never a token.
 */
public class TokenResponseException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The field of the token response that was wrong. */
    private final String field;

    /**
     * Creates the exception.
     *
     * @param field the field that was wrong
     * @param message what was wrong, naming the field and no token
     * @param cause what caused it
     */
    public TokenResponseException(String field, String message, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** {@return the field of the token response that was wrong, e.g. {@code endpoint} or {@code expires_in}} */
    public String field() {
        return field;
    }
}
