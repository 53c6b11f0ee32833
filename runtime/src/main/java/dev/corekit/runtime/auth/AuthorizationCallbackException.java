package dev.corekit.runtime.auth;

import dev.corekit.runtime.error.CoreException;

/**
 * An authorization callback that is neither a grant ({@code code}) nor an error ({@code error} or CORE's
 * {@code invalid_scope}), or that repeats a parameter. The message names the problem, never a value.
 */
public class AuthorizationCallbackException extends CoreException {
    private static final long serialVersionUID = 1L;

    /**
     * An exception saying what is wrong with the callback, without quoting its values.
     *
     * @param problem what is wrong with it
     */
    public AuthorizationCallbackException(String problem) {
        super("malformed authorization callback: " + problem);
    }
}
