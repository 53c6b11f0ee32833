package dev.corekit.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One request as the sandbox received it: read once, so that handlers and the journal see the same bytes. */
public final class SandboxRequest {
    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final byte[] body;

    private SandboxRequest(String method, String path, String rawQuery, Headers headers, byte[] body) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.body = body;
    }

    /** Reads the request line, headers and the whole body of {@code exchange}. */
    public static SandboxRequest read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Headers copy = new Headers();
        copy.putAll(exchange.getRequestHeaders());
        return new SandboxRequest(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                copy,
                body);
    }

    public String method() {
        return method;
    }

    /** The raw (still percent-encoded) path. */
    public String path() {
        return path;
    }

    /** The raw query string, or {@code null}. */
    public String rawQuery() {
        return rawQuery;
    }

    public Headers headers() {
        return headers;
    }

    /** The first value of a header, or {@code null}. */
    public String header(String name) {
        return headers.getFirst(name);
    }

    public byte[] body() {
        return body.clone();
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The decoded query parameters, in order; a name may repeat. */
    public Map<String, List<String>> query() {
        return decode(rawQuery);
    }

    /** The decoded {@code application/x-www-form-urlencoded} body. */
    public Map<String, List<String>> form() {
        return decode(bodyText());
    }

    /** Decodes {@code a=1&b=2} (plus signs are spaces), keeping order and repeated names. */
    public static Map<String, List<String>> decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }
}
