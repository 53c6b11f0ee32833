package dev.corekit.processor.write;

import java.util.Locale;

/** English for generated javadoc: a DTO name as words ({@code TimeEntry} to {@code time entry}) with its article. */
final class Words {
    private Words() {}

    /** {@code TimeEntry} as {@code time entry}; a run of capitals ({@code GLAccount}) stays one word. */
    static String readable(String simpleName) {
        StringBuilder out = new StringBuilder();
        int length = simpleName.length();
        for (int i = 0; i < length; i++) {
            char c = simpleName.charAt(i);
            boolean upper = Character.isUpperCase(c);
            if (i > 0 && upper) {
                char before = simpleName.charAt(i - 1);
                boolean nextLower = i + 1 < length && Character.isLowerCase(simpleName.charAt(i + 1));
                if (!Character.isUpperCase(before) || nextLower) {
                    out.append(' ');
                }
            }
            out.append(c);
        }
        StringBuilder words = new StringBuilder();
        for (String word : out.toString().split(" ")) {
            if (words.length() > 0) {
                words.append(' ');
            }
            boolean acronym = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            words.append(acronym ? word : word.toLowerCase(Locale.ROOT));
        }
        return words.toString();
    }

    /** {@code a} or {@code an} before {@code words}, by how the first word is spoken. */
    static String withArticle(String words) {
        return (startsWithVowelSound(words) ? "an " : "a ") + words;
    }

    private static boolean startsWithVowelSound(String words) {
        String lower = words.toLowerCase(Locale.ROOT);
        String first = words.split(" ", 2)[0];
        if (first.length() > 1 && first.equals(first.toUpperCase(Locale.ROOT))) {
            // An acronym is spelled out: an FX rate, a GL account.
            return "AEFHILMNORSX".indexOf(first.charAt(0)) >= 0;
        }
        if (lower.startsWith("hour") || lower.startsWith("honest")) {
            return true;
        }
        if (lower.startsWith("uni") || lower.startsWith("use") || lower.startsWith("usu") || lower.startsWith("one")) {
            return false;
        }
        return !lower.isEmpty() && "aeiou".indexOf(lower.charAt(0)) >= 0;
    }
}
