package dev.corekit.sandbox.idp;

import java.util.LinkedHashMap;
import java.util.Map;

/** The redirects back to the app's {@code redirect_uri}: a code, or an error (RFC 6749 §4.1.2 and §4.1.2.1). */
final class Callback {
    private Callback() {}

    /** {@code redirect_uri?code=...&state=...&companyId=...}; CORE's docs say the redirect may carry the company. */
    static String success(String redirectUri, String code, String state, String companyId) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("code", code);
        params.put("state", state);
        params.put("companyId", companyId);
        return QueryStrings.append(redirectUri, params);
    }

    /** {@code redirect_uri?error=...&error_description=...&state=...}. */
    static String error(String redirectUri, String error, String description, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", error);
        params.put("error_description", description);
        params.put("state", state);
        return QueryStrings.append(redirectUri, params);
    }

    /** The user clicked Deny: CORE's {@code error} and {@code error_reason}. */
    static String denied(String redirectUri, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("error", "access_denied");
        params.put("error_reason", "user_denied");
        params.put("error_description", "The user did not authorize the request");
        params.put("state", state);
        return QueryStrings.append(redirectUri, params);
    }
}
