package dev.corekit.processor.read;

import javax.lang.model.element.Element;
import javax.lang.model.util.Elements;

/** Copies doc comments from declarations, normalised so that the generated files are stable. */
public final class Javadoc {
    private Javadoc() {}

    /** The element's doc comment without the one leading space per line, or {@code ""}. */
    public static String of(Elements elements, Element element) {
        String comment = elements.getDocComment(element);
        if (comment == null || comment.isBlank()) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String line : comment.strip().split("\r?\n", -1)) {
            String text = line.startsWith(" ") ? line.substring(1) : line;
            out.append(text.stripTrailing()).append('\n');
        }
        return out.toString().strip() + "\n";
    }
}
