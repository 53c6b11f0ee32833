package dev.corekit.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Removes secrets from text that may reach a log line or an exception message: bearer and basic credentials, JWTs,
 * and the values of token, secret, code and verifier fields in JSON and forms.
 */
public final class Redaction {
    /** The longest body excerpt an exception carries. */
    public static final int EXCERPT_LENGTH = 200;

    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)\\b(Bearer|Basic)\\s+[A-Za-z0-9._~+/=-]+");
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]*(\\.[A-Za-z0-9_-]*){0,2}");
    private static final Pattern JSON_FIELD = Pattern.compile(
            "(?i)(\"(?:access_token|refresh_token|id_token|client_secret|code|code_verifier|password|token)\"\\s*:\\s*)\"[^\"]*\"?");
    private static final Pattern FORM_FIELD = Pattern.compile(
            "(?i)\\b(access_token|refresh_token|id_token|client_secret|code|code_verifier|password|token)=[^&\\s]*");

    private Redaction() {}

    /** {@code text} with every secret it shows replaced by {@code ***}. */
    public static String redact(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = AUTHORIZATION.matcher(text).replaceAll("$1 ***");
        out = JWT.matcher(out).replaceAll("***");
        out = JSON_FIELD.matcher(out).replaceAll("$1\"***\"");
        return FORM_FIELD.matcher(out).replaceAll("$1=***");
    }

    /** The start of a body as text, redacted and cut to {@link #EXCERPT_LENGTH} characters. */
    public static String excerpt(byte[] body) {
        if (body == null || body.length == 0) {
            return "";
        }
        String text = new String(body, 0, Math.min(body.length, EXCERPT_LENGTH * 4), StandardCharsets.UTF_8)
                .replaceAll("\\s+", " ")
                .trim();
        String redacted = redact(text);
        return redacted.length() <= EXCERPT_LENGTH ? redacted : redacted.substring(0, EXCERPT_LENGTH) + "...";
    }
}
