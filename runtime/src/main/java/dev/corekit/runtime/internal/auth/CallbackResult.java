package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.auth.AuthorizationCallbackException;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.error.OAuthException;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What CORE sent back to the redirect URI: a {@link Granted} code, or a {@link Denied} error. Parsing does not check
 * the {@code state}; {@link AuthorizationFlow} does that before using either.
 */
public sealed interface CallbackResult permits CallbackResult.Granted, CallbackResult.Denied {

    /** The {@code state} the callback carried, or {@code null}. */
    @Nullable
    String state();

    /**
     * Parses the redirect the browser was sent to, e.g. {@code http://127.0.0.1:8765/callback?code=...&state=...}.
     *
     * @throws AuthorizationCallbackException when the query is not URL-encoded, repeats an OAuth parameter, or holds
     *     neither a code nor an error
     */
    static CallbackResult parse(URI callback) {
        return parse(CallbackParameters.decode(
                Objects.requireNonNull(callback, "callback").getRawQuery()));
    }

    /**
     * Parses decoded callback parameters, e.g. those of a servlet request. {@code error} (with {@code error_reason}
     * and {@code error_description}), and CORE's {@code invalid_scope} parameter, make a {@link Denied}; a
     * {@code code} makes a {@link Granted}. An empty value counts as absent (RFC 6749 §3.1).
     *
     * @throws AuthorizationCallbackException when there is neither a code nor an error, or both
     */
    static CallbackResult parse(Map<String, String> parameters) {
        Objects.requireNonNull(parameters, "parameters");
        String code = present(parameters.get("code"));
        String error = present(parameters.get("error"));
        boolean invalidScope = parameters.containsKey("invalid_scope");
        String state = present(parameters.get("state"));
        if (error != null || invalidScope) {
            if (code != null) {
                throw new AuthorizationCallbackException("it carries both a code and an error");
            }
            String description = present(parameters.get("error_description"));
            if (description == null && invalidScope) {
                String scope = present(parameters.get("invalid_scope"));
                description = "An invalid scope string was sent" + (scope == null ? "" : ": " + scope);
            }
            return new Denied(
                    error != null ? Text.safe(error, 100) : "invalid_scope",
                    Text.safe(present(parameters.get("error_reason")), 100),
                    Text.safe(description, 500),
                    state);
        }
        if (code == null) {
            throw new AuthorizationCallbackException("it carries neither a code nor an error");
        }
        return new Granted(code, state, present(parameters.get("companyId")));
    }

    private static String present(String value) {
        return value == null || value.isEmpty() ? null : value;
    }

    /**
     * The user granted access: the code to exchange at the token endpoint.
     *
     * @param code the authorization code, a secret
     * @param state the state, or {@code null}
     * @param companyId the company the user picked, when CORE named it, or {@code null}
     */
    record Granted(
            String code, @Nullable String state, @Nullable String companyId) implements CallbackResult {
        /** Requires the code. */
        public Granted {
            Objects.requireNonNull(code, "code");
        }

        /** Shows the company only: the code and the state are secrets. */
        @Override
        public String toString() {
            return "Granted{code=***, state=" + (state == null ? "none" : "***") + ", companyId=" + companyId + "}";
        }
    }

    /**
     * The user or CORE refused: {@code access_denied} (with {@code error_reason} {@code user_denied}),
     * {@code invalid_scope}, or another RFC 6749 §4.1.2.1 error. Texts are stripped of control characters and cut
     * short, as they come from the browser.
     *
     * @param error the error code, e.g. {@code access_denied}
     * @param errorReason CORE's {@code error_reason}, or {@code null}
     * @param errorDescription {@code error_description}, or {@code null}
     * @param state the state, or {@code null}
     */
    record Denied(
            String error,
            @Nullable String errorReason,
            @Nullable String errorDescription,
            @Nullable String state) implements CallbackResult {
        /** Requires the error. */
        public Denied {
            Objects.requireNonNull(error, "error");
        }

        /** The error as an {@link OAuthException} (status {@code 0}: it came on the redirect, not over HTTP). */
        public OAuthException toException() {
            String description = errorDescription;
            if (errorReason != null) {
                String reason = "error_reason: " + errorReason;
                description = description == null ? reason : description + " (" + reason + ")";
            }
            return new OAuthException(error, description, 0);
        }

        /** Shows everything but the state. */
        @Override
        public String toString() {
            return "Denied{error=" + error + ", errorReason=" + errorReason + ", errorDescription=" + errorDescription
                    + ", state=" + (state == null ? "none" : "***") + "}";
        }
    }
}
