package dev.corekit.runtime.internal.http;

import java.nio.charset.StandardCharsets;

/**
 * Percent-encodes request values completely: every byte but RFC 3986's unreserved characters
 * ({@code A-Z a-z 0-9 - . _ ~}). Feign leaves a value that already looks encoded untouched, so corekit encodes path
 * variables and query values itself; {@code a%20b} then reaches CORE as {@code a%20b}, not as {@code a b}.
 */
public final class PercentEncoding {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private PercentEncoding() {}

    /** Encodes {@code value} as UTF-8, escaping everything but unreserved characters. */
    public static String encode(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder(bytes.length + 16);
        for (byte b : bytes) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~') {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
