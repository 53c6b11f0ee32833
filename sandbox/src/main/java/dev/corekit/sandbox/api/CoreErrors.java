package dev.corekit.sandbox.api;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Map;

/**
 * CORE's error answers. Bodies follow what CORE is seen to send: {@code {"Message": ...}}, with a {@code Key} for
 * the errors whose key is known ({@code MsgPermissions}, {@code OutDatedModel}).
 */
final class CoreErrors {
    /** The documented body of a call without a valid token: the JSON string {@code "Not authenticated"}. */
    static final String NOT_AUTHENTICATED = "Not authenticated";

    private CoreErrors() {}

    /**
     * CORE answers a call without a valid token with {@code 200} and the JSON string {@code "Not authenticated"};
     * {@code status} is {@code 200} or {@code 401} as configured.
     */
    static ApiException notAuthenticated(int status) {
        Map<String, String> headers = status == 401 ? Map.of("WWW-Authenticate", "Bearer") : Map.of();
        return new ApiException(status, TextNode.valueOf(NOT_AUTHENTICATED), headers);
    }

    static ApiException forbidden(String message) {
        return keyed(403, "MsgPermissions", message);
    }

    static ApiException outdated(String message) {
        return keyed(409, "OutDatedModel", message);
    }

    /** {@code 429} with {@code Retry-After} in whole seconds. */
    static ApiException tooManyRequests(String message, long retryAfterSeconds) {
        return plain(429, message, Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    static ApiException badRequest(String message) {
        return plain(400, message, Map.of());
    }

    static ApiException notFound(String message) {
        return plain(404, message, Map.of());
    }

    static ApiException methodNotAllowed(String message, String allow) {
        return plain(405, message, Map.of("Allow", allow));
    }

    static ApiException notImplemented(String message) {
        return plain(501, message, Map.of());
    }

    private static ApiException keyed(int status, String key, String message) {
        ObjectNode body = ApiJson.object().put("Key", key).put("Message", message);
        return new ApiException(status, body, Map.of());
    }

    private static ApiException plain(int status, String message, Map<String, String> headers) {
        return new ApiException(status, ApiJson.object().put("Message", message), headers);
    }
}
