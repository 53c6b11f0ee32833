package dev.corekit.processor.write;

import java.util.Locale;
import javax.lang.model.SourceVersion;

/**
 * Names of facade methods: the DTO name in lower camel case, plural for a collection ({@code TimeEntry} to
 * {@code timeEntries}) and singular for a single object ({@code Company} to {@code company}).
 */
public final class Plurals {
    private Plurals() {}

    public static String methodName(String dtoName, boolean single) {
        String word = single ? dtoName : plural(dtoName);
        String name = word.substring(0, 1).toLowerCase(Locale.ROOT) + word.substring(1);
        return SourceVersion.isKeyword(name) ? name + "_" : name;
    }

    static String plural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith("y") && word.length() > 1 && "aeiou".indexOf(lower.charAt(lower.length() - 2)) < 0) {
            return word.substring(0, word.length() - 1) + "ies";
        }
        if (lower.endsWith("s")
                || lower.endsWith("x")
                || lower.endsWith("z")
                || lower.endsWith("ch")
                || lower.endsWith("sh")) {
            return word + "es";
        }
        return word + "s";
    }

    static String capitalize(String segment) {
        return segment.substring(0, 1).toUpperCase(Locale.ROOT) + segment.substring(1);
    }
}
