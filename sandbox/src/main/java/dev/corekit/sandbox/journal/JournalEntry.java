package dev.corekit.sandbox.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the sandbox received, with secrets masked: the {@code Authorization} header and the secret fields of
 * forms ({@code client_secret}, {@code code}, {@code code_verifier}, {@code refresh_token}, {@code token},
 * {@code password}) show as {@code ***}.
 *
 * @param at when it arrived, on the sandbox clock
 * @param method the HTTP method
 * @param path the raw path
 * @param query the raw query string, or {@code null}
 * @param headers the request headers (names in lower case), secrets masked
 * @param body the body as text, secrets masked
 * @param status the status the sandbox answered with ({@code 0} for a dropped connection)
 * @param utcOffsetMinutes the request's {@code X-UTC-OFFSET} in minutes east of UTC; {@code -480} (Pacific Standard
 *     Time, CORE's documented default) when the header was absent, {@code null} when it was not a number
 * @param utcOffsetHeader the {@code X-UTC-OFFSET} header as sent, or {@code null}
 */
public record JournalEntry(
        Instant at,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String body,
        int status,
        Integer utcOffsetMinutes,
        String utcOffsetHeader) {

    /** The first value of a header (any case), or {@code null}. */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
