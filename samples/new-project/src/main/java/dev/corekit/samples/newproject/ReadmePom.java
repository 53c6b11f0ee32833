package dev.corekit.samples.newproject;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The {@code pom.xml} of a new project as the README's Installing section shows it: the {@code ```xml} block right
 * after the line {@value #MARKER}. Anything else (no marker, two, no block after it, a block never closed, or not a
 * well-formed {@code <project>}) is an {@link IllegalStateException} naming the README line.
 */
public final class ReadmePom {
    /** The line that precedes the block; it renders as nothing. */
    public static final String MARKER = "<!-- new-project: pom.xml -->";

    private final String text;
    private final int firstLine;

    private ReadmePom(String text, int firstLine) {
        this.text = text;
        this.firstLine = firstLine;
    }

    /** The pom as written in the README. */
    public String text() {
        return text;
    }

    /** The README line (1-based) of the pom's first line. */
    public int firstLine() {
        return firstLine;
    }

    /**
     * Finds the block in {@code readme}, the README's text.
     *
     * @throws IllegalStateException when the block is missing or is not a well-formed {@code <project>}
     */
    public static ReadmePom in(String readme) {
        List<String> lines = readme.lines().toList();
        List<Integer> markers = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals(MARKER)) {
                markers.add(i);
            }
        }
        if (markers.isEmpty()) {
            throw new IllegalStateException("README.md has no line " + MARKER + " followed by the ```xml block of a new"
                    + " project's pom.xml; the Installing section must show that pom");
        }
        if (markers.size() > 1) {
            throw new IllegalStateException("README.md has the line " + MARKER + " more than once: at lines "
                    + markers.stream().map(i -> i + 1).toList() + "; keep one, before the new project's pom.xml");
        }
        int open = markers.get(0) + 1;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open == lines.size() || !lines.get(open).trim().equals("```xml")) {
            throw new IllegalStateException("README.md:" + (markers.get(0) + 1) + ": " + MARKER
                    + " must be followed by a ```xml block, found "
                    + (open == lines.size() ? "the end of the file" : "'" + lines.get(open) + "'"));
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).trim().equals("```")) {
            close++;
        }
        if (close == lines.size()) {
            throw new IllegalStateException("README.md:" + (open + 1) + ": the pom.xml block is never closed");
        }
        ReadmePom pom = new ReadmePom(String.join("\n", lines.subList(open + 1, close)) + "\n", open + 2);
        pom.checkIsAProject();
        return pom;
    }

    private void checkIsAProject() {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            throw new IllegalStateException(
                    "README.md:" + (firstLine + e.getLineNumber() - 1) + ": the pom.xml is not well-formed XML: "
                            + e.getMessage(),
                    e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException("README.md:" + firstLine + ": the pom.xml cannot be read: " + e, e);
        }
        String root = document.getDocumentElement().getLocalName();
        if (!"project".equals(root)) {
            throw new IllegalStateException("README.md:" + firstLine + ": the pom.xml block must be a whole <project>,"
                    + " not a <" + root + "> fragment");
        }
    }
}
