package dev.corekit.sandbox.idp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Appends parameters to a redirect URI, keeping the query parameters it already has (RFC 6749 §4.1.2). */
final class QueryStrings {
    private QueryStrings() {}

    /** {@code uri} with {@code params} (skipping {@code null} values) appended to its query. */
    static String append(String uri, Map<String, String> params) {
        StringBuilder out = new StringBuilder(uri);
        boolean first = uri.indexOf('?') < 0;
        if (first) {
            out.append('?');
        } else if (!uri.endsWith("?") && !uri.endsWith("&")) {
            out.append('&');
        }
        boolean separate = false;
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() == null) {
                continue;
            }
            if (separate) {
                out.append('&');
            }
            out.append(encode(param.getKey())).append('=').append(encode(param.getValue()));
            separate = true;
        }
        return out.toString();
    }

    /**
     * Percent-encodes a value; a space becomes {@code %20}, not {@code +}, so that both form decoders and strict RFC
     * 3986 decoders give back the same {@code state} the app sent.
     */
    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
