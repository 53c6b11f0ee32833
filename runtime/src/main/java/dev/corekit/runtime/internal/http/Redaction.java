package dev.corekit.runtime.internal.http;

import feign.Request;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Removes secrets from text that may reach a log line or an exception message. Two layers: the values corekit itself
 * sent in the exchange (the access token of the request's {@code Authorization} header; the code, PKCE verifier,
 * refresh token and client secret the token endpoint sent), masked wherever a server echoes them, also bare; and, for
 * whatever else looks like a credential, bearer and basic credentials, JWTs and the values of token, secret, code and
 * verifier fields in JSON and forms. Line breaks and other control characters, U+2028 and U+2029 included, become
 * spaces, so a server cannot forge log lines.
 */
public final class Redaction {
    /** The longest body excerpt an exception carries. */
    public static final int EXCERPT_LENGTH = 200;

    /** Shorter values are not masked: they would hide ordinary words, and no secret corekit sends is that short. */
    private static final int SHORTEST_SECRET = 4;

    private static final String MASK = "***";
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){0,2}");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)(\"(?:access_token|refresh_token|id_token|client_secret|code|code_verifier|password|token)\"\\s*:\\s*)\"[^\"]*\"?");
    private static final Pattern FORM_FIELD = Pattern.compile(
            "(?i)\\b(access_token|refresh_token|id_token|client_secret|code|code_verifier|password|token)=[^&\\s]*");

    private Redaction() {}

    /** {@code text} on one line, with everything that looks like a secret replaced by {@code ***}. */
    public static String redact(String text) {
        return redact(text, List.of());
    }

    /**
     * {@code text} on one line, with each of the {@code sent} values (also JSON-escaped or URL-encoded) and
     * everything else that looks like a secret replaced by {@code ***}.
     */
    public static String redact(String text, Collection<String> sent) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = singleLine(text);
        for (String value : sent) {
            out = maskValue(out, value);
        }
        out = AUTHORIZATION.matcher(out).replaceAll("$1 " + MASK);
        out = JWT.matcher(out).replaceAll(MASK);
        out = JSON_FIELD.matcher(out).replaceAll("$1\"" + MASK + "\"");
        return FORM_FIELD.matcher(out).replaceAll("$1=" + MASK);
    }

    private static String maskValue(String text, String value) {
        if (value == null || value.length() < SHORTEST_SECRET) {
            return text;
        }
        String out = text.replace(value, MASK);
        out = out.replace(value.replace("/", "\\/"), MASK);
        return out.replace(URLEncoder.encode(value, StandardCharsets.UTF_8), MASK);
    }

    /**
     * {@code text} with line breaks and other control characters (CR, LF, NEL, U+2028, U+2029) replaced by spaces, so
     * that it prints as one line.
     */
    public static @Nullable String singleLine(@Nullable String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(Character.isISOControl(c) || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }
        return out.toString();
    }

    /** {@code text} cut to {@link #EXCERPT_LENGTH} characters, {@code ...} marking a cut; cut after masking. */
    public static String shorten(String text) {
        return text == null || text.length() <= EXCERPT_LENGTH ? text : text.substring(0, EXCERPT_LENGTH) + "...";
    }

    /**
     * The secret values {@code request} carries: the credentials of its {@code Authorization} headers (a bearer token;
     * a basic pair, encoded, and its password).
     */
    public static List<String> sentIn(Request request) {
        List<String> headers = new ArrayList<>();
        if (request != null) {
            request.headers().forEach((name, values) -> {
                if (name.equalsIgnoreCase("Authorization")) {
                    headers.addAll(values);
                }
            });
        }
        return credentialsIn(headers);
    }

    /** The secret values of {@code Authorization} header values: a bearer token; a basic pair, encoded, and its password. */
    public static List<String> credentialsIn(Collection<String> authorizationHeaders) {
        List<String> sent = new ArrayList<>();
        for (String header : authorizationHeaders) {
            String credentials = header.substring(header.indexOf(' ') + 1).trim();
            sent.add(credentials);
            if (header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
                try {
                    String pair = new String(Base64.getDecoder().decode(credentials), StandardCharsets.UTF_8);
                    sent.add(pair.substring(pair.indexOf(':') + 1));
                } catch (IllegalArgumentException notBase64) {
                    // Then the header value itself is all there is to mask.
                }
            }
        }
        return sent;
    }

    /** How many bytes from the start of a body an excerpt reads, given the {@code sent} values it masks. */
    static int excerptSource(Collection<String> sent) {
        // Read past what is shown by the longest sent value, so a value that starts in the shown part is whole.
        int longest = 0;
        for (String value : sent) {
            longest = Math.max(longest, value == null ? 0 : value.length() * 3);
        }
        return (int) Math.min(Integer.MAX_VALUE - 8, (long) EXCERPT_LENGTH * 4 + longest);
    }

    /** The start of a body as text, redacted and cut to {@link #EXCERPT_LENGTH} characters. */
    public static String excerpt(byte[] body) {
        return excerpt(body, List.of());
    }

    /**
     * The start of a body as text, with the {@code sent} values and whatever looks like a secret masked, on one line,
     * cut to {@link #EXCERPT_LENGTH} characters.
     */
    public static String excerpt(byte[] body, Collection<String> sent) {
        return excerpt(body, sent, Set.of());
    }

    /**
     * Like {@link #excerpt(byte[], Collection)}, with the scalar values of the JSON fields named in {@code fields}
     * (the {@code @Redacted} fields of the call's DTOs) masked too.
     */
    static String excerpt(byte[] body, Collection<String> sent, Set<String> fields) {
        if (body == null || body.length == 0) {
            return "";
        }
        int read = Math.min(body.length, excerptSource(sent));
        String text = new String(body, 0, read, StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ")
                .trim();
        if (!fields.isEmpty()) {
            String names = fields.stream().map(Pattern::quote).collect(Collectors.joining("|"));
            text = Pattern.compile(
                            "(\"(?:" + names + ")\"\\s*:\\s*)(?:\"(?:[^\"\\\\]|\\\\.)*\"?|[-+0-9.eE]+|true|false)")
                    .matcher(text)
                    .replaceAll("$1\"" + MASK + "\"");
        }
        return shorten(redact(text, sent));
    }
}
