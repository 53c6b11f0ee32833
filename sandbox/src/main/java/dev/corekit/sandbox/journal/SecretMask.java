package dev.corekit.sandbox.journal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Masks secrets in what the journal keeps, by parameter name and whatever the {@code Content-Type}: the values of
 * form and query parameters and of JSON properties named {@code client_secret}, {@code client_assertion},
 * {@code refresh_token}, {@code access_token}, {@code id_token}, {@code code_verifier} or {@code password} become
 * {@code ***}; at the identity server also {@code code} and {@code token}, which are ordinary data fields of the API
 * (an activity's {@code code}, CORE's concurrency {@code token}). Everything else is kept byte for byte. It never
 * throws: malformed input is masked as far as it can be read.
 */
final class SecretMask {
    static final String MASK = "***";

    private static final Set<String> ALWAYS = Set.of(
            "client_secret",
            "client_assertion",
            "refresh_token",
            "access_token",
            "id_token",
            "code_verifier",
            "password");
    private static final Set<String> IDENTITY_ONLY = Set.of("code", "token");
    private static final JsonFactory JSON = new JsonFactory();
    /** {@code "name": value}, the value a string (perhaps cut off) or a bare scalar. */
    private static final Pattern PROPERTY =
            Pattern.compile("\"([A-Za-z_]+)\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.)*\"?|[^,}\\]\\s]*)");

    private final boolean identityServer;

    /** @param identityServer whether the request went to the identity server, where {@code code}, {@code token} are secrets */
    SecretMask(boolean identityServer) {
        this.identityServer = identityServer;
    }

    boolean isSecret(String name) {
        String key = name.toLowerCase(Locale.ROOT);
        return ALWAYS.contains(key) || (identityServer && IDENTITY_ONLY.contains(key));
    }

    /** A query string or form body with the values of secret parameters masked; {@code null} stays {@code null}. */
    String pairs(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            return encoded;
        }
        StringBuilder out = new StringBuilder(encoded.length());
        int start = 0;
        while (start <= encoded.length()) {
            int end = encoded.indexOf('&', start);
            if (end < 0) {
                end = encoded.length();
            }
            String pair = encoded.substring(start, end);
            int eq = pair.indexOf('=');
            if (eq >= 0 && isSecret(lenientDecode(pair.substring(0, eq)))) {
                out.append(pair, 0, eq + 1).append(MASK);
            } else {
                out.append(pair);
            }
            if (end < encoded.length()) {
                out.append('&');
            }
            start = end + 1;
        }
        return out.toString();
    }

    /** A body: JSON (it starts with '{' or '[') with secret properties masked, else masked as form pairs. */
    String body(String text) {
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return json(text);
        }
        return pairs(text);
    }

    private String json(String text) {
        List<int[]> spans = new ArrayList<>();
        try (JsonParser parser = JSON.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.FIELD_NAME && isSecret(parser.currentName())) {
                    JsonToken value = parser.nextToken();
                    if (value == null) {
                        break;
                    }
                    int from = (int) parser.currentTokenLocation().getCharOffset();
                    if (value.isStructStart()) {
                        parser.skipChildren();
                    } else {
                        // A string's text is read lazily: read it so that the location is past its closing quote.
                        parser.finishToken();
                    }
                    spans.add(new int[] {from, (int) parser.currentLocation().getCharOffset()});
                }
            }
        } catch (IOException | RuntimeException e) {
            // Malformed JSON hides nothing: what the parser could not reach is masked by pattern.
            return byPattern(text);
        }
        StringBuilder out = new StringBuilder(text);
        for (int i = spans.size() - 1; i >= 0; i--) {
            out.replace(spans.get(i)[0], spans.get(i)[1], '"' + MASK + '"');
        }
        return out.toString();
    }

    private String byPattern(String text) {
        Matcher matcher = PROPERTY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement =
                    isSecret(matcher.group(1)) ? '"' + matcher.group(1) + "\": \"" + MASK + '"' : matcher.group();
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    private static String lenientDecode(String raw) {
        try {
            return URLDecoder.decode(raw, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
