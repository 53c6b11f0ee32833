package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An OAuth 2.0 error (RFC 6749 §5.2, RFC 7009, RFC 6750): the {@code error} code, a description safe to show (it never
 * holds a secret, code or token), and the HTTP status of the JSON answer.
 */
final class OAuthError extends Exception {
    private static final long serialVersionUID = 1L;

    private final String error;
    private final String description;
    private final int status;
    private final String challenge;

    OAuthError(String error, String description, int status) {
        this(error, description, status, null);
    }

    private OAuthError(String error, String description, int status, String challenge) {
        super(error + ": " + description, null, false, false);
        this.error = error;
        this.description = printable(description);
        this.status = status;
        this.challenge = challenge;
    }

    /** This error with a {@code WWW-Authenticate} header, e.g. {@code Basic realm="..."}. */
    OAuthError withChallenge(String challenge) {
        return new OAuthError(error, description, status, challenge);
    }

    static OAuthError invalidRequest(String description) {
        return new OAuthError("invalid_request", description, 400);
    }

    /**
     * A failed client authentication: {@code 401} with the HTTP Basic challenge, as every {@code 401} carries a
     * {@code WWW-Authenticate} (RFC 9110 §15.5.2), whichever way the client tried to authenticate.
     */
    static OAuthError invalidClient(String description) {
        return new OAuthError("invalid_client", description, 401, ClientAuthenticator.BASIC_CHALLENGE);
    }

    static OAuthError invalidGrant(String description) {
        return new OAuthError("invalid_grant", description, 400);
    }

    static OAuthError invalidScope(String description) {
        return new OAuthError("invalid_scope", description, 400);
    }

    static OAuthError unauthorizedClient(String description) {
        return new OAuthError("unauthorized_client", description, 400);
    }

    static OAuthError unsupportedGrantType(String description) {
        return new OAuthError("unsupported_grant_type", description, 400);
    }

    String error() {
        return error;
    }

    String description() {
        return description;
    }

    int status() {
        return status;
    }

    /**
     * RFC 6749 §5.2 allows only printable ASCII but {@code "} and {@code \} in {@code error_description}; a
     * description may quote a client's input (a scope name), so anything else becomes {@code ?}.
     */
    static String printable(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.append(c >= 0x20 && c <= 0x7e && c != '"' && c != '\\' ? (char) c : '?'));
        return out.toString();
    }

    /** Writes the error as {@code {"error": ..., "error_description": ...}}, not to be cached (RFC 6749 §5.1). */
    void send(HttpExchange exchange) throws IOException {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", error);
        body.put("error_description", description);
        NoStore.apply(exchange);
        if (challenge != null) {
            exchange.getResponseHeaders().set("WWW-Authenticate", challenge);
        }
        Responses.json(exchange, status, body);
    }
}
