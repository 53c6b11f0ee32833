package dev.corekit.sandbox.http;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One request as the sandbox received it. The body is read on first use, as a stream bounded by a limit, so that a
 * request refused before its body matters (no valid token, a fault) is answered without reading it; handlers and the
 * journal then see the same bytes.
 */
public final class SandboxRequest {
    /** Pacific Standard Time, which CORE assumes when a request has no {@code X-UTC-OFFSET}. */
    public static final int DEFAULT_UTC_OFFSET_MINUTES = -480;

    /** The offsets in use on Earth: UTC-12:00 to UTC+14:00. */
    private static final int MIN_UTC_OFFSET_MINUTES = -720;

    private static final int MAX_UTC_OFFSET_MINUTES = 840;

    private static final byte[] NONE = new byte[0];

    private final String method;
    private final String path;
    private final String rawQuery;
    private final Headers headers;
    private final InputStream bodyStream;
    private final int bodyLimit;
    private final String limitSetting;
    private byte[] body;

    private SandboxRequest(
            String method,
            String path,
            String rawQuery,
            Headers headers,
            InputStream bodyStream,
            int bodyLimit,
            String limitSetting) {
        this.method = method;
        this.path = path;
        this.rawQuery = rawQuery;
        this.headers = headers;
        this.bodyStream = bodyStream;
        this.bodyLimit = bodyLimit;
        this.limitSetting = limitSetting;
    }

    /**
     * The request line and headers of {@code exchange}; the body is read when first asked for, at most
     * {@code bodyLimit} bytes of it.
     *
     * @param limitSetting the configuration setting behind {@code bodyLimit}, named in the {@code 413}
     * @param exchange the exchange to answer
     * @param bodyLimit the most bytes of the body to read
     * @return the request
     */
    public static SandboxRequest read(HttpExchange exchange, int bodyLimit, String limitSetting) {
        Headers copy = new Headers();
        copy.putAll(exchange.getRequestHeaders());
        return new SandboxRequest(
                exchange.getRequestMethod().toUpperCase(java.util.Locale.ROOT),
                exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(),
                copy,
                exchange.getRequestBody(),
                bodyLimit,
                limitSetting);
    }

    /** {@return the HTTP method, e.g. {@code GET}} */
    public String method() {
        return method;
    }

    /** {@return the raw (still percent-encoded) path} */
    public String path() {
        return path;
    }

    /** {@return the raw query string, or {@code null}} */
    public String rawQuery() {
        return rawQuery;
    }

    /** {@return the request's headers} */
    public Headers headers() {
        return headers;
    }

    /**
     * {@return the first value of a header, or {@code null}}
     *
     * @param name the header's name, in any case
     */
    public String header(String name) {
        return headers.getFirst(name);
    }

    /**
     * The caller's offset from UTC in minutes east, as the API applies it: the {@code X-UTC-OFFSET} header,
     * {@link #DEFAULT_UTC_OFFSET_MINUTES} (Pacific Standard Time) when it is absent, and empty when it is not a whole
     * number from {@code -720} to {@code 840}.
     *
     * @return the offset in minutes, or empty
     */
    public OptionalInt utcOffsetMinutes() {
        String header = header("X-UTC-OFFSET");
        if (header == null) {
            return OptionalInt.of(DEFAULT_UTC_OFFSET_MINUTES);
        }
        try {
            int minutes = Integer.parseInt(header.trim());
            return minutes < MIN_UTC_OFFSET_MINUTES || minutes > MAX_UTC_OFFSET_MINUTES
                    ? OptionalInt.empty()
                    : OptionalInt.of(minutes);
        } catch (NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * The whole body, read now if it was not yet.
     *
     * @return the body's bytes
     * @throws BodyTooLargeException when it is longer than the limit
     */
    public synchronized byte[] body() {
        if (body == null) {
            try {
                body = BoundedBody.read(
                        bodyStream, BoundedBody.declaredLength(header("Content-Length")), bodyLimit, limitSetting);
            } catch (BodyTooLargeException e) {
                body = NONE;
                throw e;
            } catch (IOException e) {
                body = NONE;
                throw new UncheckedIOException("cannot read the request body", e);
            }
        }
        return body.clone();
    }

    /** {@return the body as UTF-8 text, read now if it was not yet; see {@link #body()}} */
    public String bodyText() {
        return new String(body(), StandardCharsets.UTF_8);
    }

    /** {@return the body as far as a handler read it: empty when none asked for it or it was over the limit} */
    public synchronized String bodyTextIfRead() {
        return body == null ? "" : new String(body, StandardCharsets.UTF_8);
    }

    /** {@return the decoded query parameters, in order; a name may repeat} */
    public Map<String, List<String>> query() {
        return decode(rawQuery);
    }

    /**
     * Decodes {@code a=1&b=2} (plus signs are spaces), keeping order and repeated names.
     *
     * @param encoded the encoded text, without {@code ?}
     * @return the values of each name, in order
     */
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
