package dev.corekit.sandbox.journal;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One request the sandbox received, with secrets masked: the {@code Authorization} header, and the values of secret
 * parameters in the query string and the body, form or JSON whatever the {@code Content-Type}
 * ({@code client_secret}, {@code client_assertion}, {@code refresh_token}, {@code access_token}, {@code id_token},
 * {@code code_verifier}, {@code password}; at the identity server also {@code code} and {@code token}), show as
 * {@code ***}.
 *
 * @param at when it arrived, on the sandbox clock
 * @param method the HTTP method
 * @param path the raw path
 * @param query the raw query string, secrets masked, or {@code null}
 * @param headers the request headers (names in lower case), secrets masked
 * @param body the body as text, secrets masked; empty when the sandbox answered without reading it (a call without
 *     a valid token, a body over the limit)
 * @param status the status the sandbox answered with ({@code 0} for a dropped connection)
 * @param utcOffsetMinutes the offset the API applied for the caller's "today", in minutes east of UTC: the request's
 *     {@code X-UTC-OFFSET}, {@code -480} (Pacific Standard Time, CORE's documented default) when the header was
 *     absent, {@code null} when it was not a whole number from {@code -720} to {@code 840} (the API answers
 *     {@code 400})
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

    /**
     * {@return the first value of a header (any case), or {@code null}}
     *
     * @param name the header's name, in any case
     */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
