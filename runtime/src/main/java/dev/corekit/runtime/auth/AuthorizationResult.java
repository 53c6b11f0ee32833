package dev.corekit.runtime.auth;

import dev.corekit.runtime.token.TokenSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A completed authorization.
 *
 * @param tokens the tokens, already stored under {@link #connection()}
 * @param applicationValues the values given when the authorization was started, as the store kept them (not as they
 *     came back through the browser)
 * @param companyId the company the user picked, when the callback named it, or {@code null}
 * @param connection the connection the authorization was started for, whose tokens these now are
 */
public record AuthorizationResult(
        TokenSet tokens,
        Map<String, String> applicationValues,
        @Nullable String companyId,
        String connection) {
    /**
     * Copies the values; requires the tokens and the connection.
     *
     * @param companyId the company id
     * @param tokens the tokens
     * @param connection the name the connection's tokens are stored under
     * @param applicationValues values of the app's own, returned with the result; not secret
     */
    public AuthorizationResult {
        Objects.requireNonNull(tokens, "tokens");
        Objects.requireNonNull(connection, "connection");
        applicationValues = Collections.unmodifiableMap(new LinkedHashMap<>(applicationValues));
    }

    /** Shows the connection, the tokens' description (no secret), the names of the values and the company. */
    @Override
    public String toString() {
        return "AuthorizationResult{connection=" + connection + ", tokens=" + tokens + ", applicationValues="
                + applicationValues.keySet() + ", companyId=" + companyId + "}";
    }
}
