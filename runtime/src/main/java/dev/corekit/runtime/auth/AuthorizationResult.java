package dev.corekit.runtime.auth;

import dev.corekit.runtime.token.TokenSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A completed authorization.
 *
 * @param tokens the tokens, already stored through the flow's {@code TokenManager}
 * @param applicationValues the values given to {@link AuthorizationFlow#start(Map)}, as the flow kept them (not as
 *     they came back through the browser)
 * @param companyId the company the user picked, when the callback named it, or {@code null}
 */
public record AuthorizationResult(TokenSet tokens, Map<String, String> applicationValues, String companyId) {
    /** Copies the values; requires the tokens. */
    public AuthorizationResult {
        Objects.requireNonNull(tokens, "tokens");
        applicationValues = Collections.unmodifiableMap(new LinkedHashMap<>(applicationValues));
    }

    /** Shows the tokens' description (no secret), the names of the values and the company. */
    @Override
    public String toString() {
        return "AuthorizationResult{tokens=" + tokens + ", applicationValues=" + applicationValues.keySet()
                + ", companyId=" + companyId + "}";
    }
}
