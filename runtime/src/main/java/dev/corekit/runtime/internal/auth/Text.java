package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.internal.http.Redaction;
import org.jspecify.annotations.Nullable;

/** Makes text that arrived through the browser safe to put in messages, logs and pages. */
public final class Text {
    private Text() {}

    /**
     * {@code text} without control characters and line or paragraph separators (no forged log lines), cut to
     * {@code max} characters.
     */
    public static @Nullable String safe(@Nullable String text, int max) {
        if (text == null) {
            return null;
        }
        String line = Redaction.singleLine(text.length() > max ? text.substring(0, max) : text);
        return text.length() > max ? line + "..." : line;
    }

    /** {@code text} escaped for HTML element content and attribute values. */
    public static String html(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
