package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.http.SandboxRequest;
import java.util.List;
import java.util.Map;

/**
 * Decoded OAuth parameters of a query string or form body. RFC 6749 §3.1 forbids repeating a parameter, so
 * {@link #single} refuses a repeated one instead of silently picking a value.
 */
final class Params {
    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** Decodes {@code a=1&b=2}; a malformed percent-escape is the client's error, not the sandbox's. */
    static Params parse(String encoded) throws OAuthError {
        try {
            return new Params(SandboxRequest.decode(encoded));
        } catch (IllegalArgumentException e) {
            throw OAuthError.invalidRequest("the parameters are not properly URL-encoded");
        }
    }

    /**
     * The form body of a POST, which must be {@code application/x-www-form-urlencoded} (RFC 6749 §4.1.3). The body is
     * read (up to the form limit) before its type is checked, so that the journal shows what a client sent instead.
     */
    static Params form(SandboxRequest request) throws OAuthError {
        String text = request.bodyText();
        String type = request.header("Content-Type");
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
            throw OAuthError.invalidRequest("the body must be application/x-www-form-urlencoded");
        }
        return parse(text);
    }

    /** The value of {@code name}, or {@code null} when absent or empty (RFC 6749 §3.1: empty means omitted). */
    String single(String name) throws OAuthError {
        List<String> all = values.get(name);
        if (all == null) {
            return null;
        }
        if (all.size() > 1) {
            throw OAuthError.invalidRequest("the parameter " + name + " is repeated");
        }
        String value = all.get(0);
        return value.isEmpty() ? null : value;
    }

    /** Like {@link #single}, but a missing value is an {@code invalid_request}. */
    String required(String name) throws OAuthError {
        String value = single(name);
        if (value == null) {
            throw OAuthError.invalidRequest("the parameter " + name + " is missing");
        }
        return value;
    }

    /** Every value of {@code name}, for form fields that legitimately repeat (the consent page's checkboxes). */
    List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** Whether {@code name} was sent at all, even empty. */
    boolean has(String name) {
        return values.containsKey(name);
    }
}
