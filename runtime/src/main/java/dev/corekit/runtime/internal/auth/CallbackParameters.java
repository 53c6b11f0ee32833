package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.auth.AuthorizationCallbackException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Decodes the query of an authorization callback into single-valued parameters. */
public final class CallbackParameters {
    /** The parameters CORE's callback may carry; RFC 6749 §3.1 forbids repeating them. */
    public static final Set<String> OAUTH_PARAMETERS =
            Set.of("code", "state", "error", "error_reason", "error_description", "invalid_scope", "companyId");

    private CallbackParameters() {}

    /**
     * The decoded parameters of {@code rawQuery} ({@code null} gives none). A repeated parameter of the app's own
     * redirect URI keeps its first value.
     *
     * @throws AuthorizationCallbackException when the query is not URL-encoded or repeats an OAuth parameter
     */
    public static Map<String, String> decode(String rawQuery) {
        Map<String, String> parameters = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = decodeComponent(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decodeComponent(pair.substring(equals + 1));
            if (parameters.containsKey(name)) {
                if (OAUTH_PARAMETERS.contains(name)) {
                    // Which of two values is the real one is unknowable, so neither is used.
                    throw new AuthorizationCallbackException("the parameter " + name + " is repeated");
                }
                continue;
            }
            parameters.put(name, value);
        }
        return Collections.unmodifiableMap(parameters);
    }

    private static String decodeComponent(String encoded) {
        try {
            // RFC 6749 Appendix B: the callback query is application/x-www-form-urlencoded, so '+' is a space.
            return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new AuthorizationCallbackException("the query is not properly URL-encoded");
        }
    }
}
