package dev.corekit.samples.newproject;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The files of a new project as the README shows them: each is the fenced block right after a line
 * {@code <!-- PROJECT: PATH -->}, which renders as nothing, e.g. {@code <!-- new-project: pom.xml -->} followed by a
 * {@code ```xml} block. The block's language follows the file's extension ({@code xml}, {@code yaml}, {@code java},
 * {@code properties}). The project's {@code pom.xml} must be among them, as a well-formed {@code <project>}. Anything
 * else (no pom, a path twice, no block after a marker or one of another language, a block never closed, a path that
 * leaves the project) is an {@link IllegalStateException} naming the README line.
 */
public final class ReadmeFiles {
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*([a-z][a-z0-9-]*):\\s*(\\S+)\\s*-->$");
    private static final Map<String, String> LANGUAGES =
            Map.of("xml", "xml", "yml", "yaml", "yaml", "yaml", "java", "java", "properties", "properties");

    /** A file of the project: its path in the project, its text, and the README line (1-based) of its first line. */
    public record File(String path, String text, int firstLine) {}

    private final String project;
    private final Map<String, File> files;

    private ReadmeFiles(String project, Map<String, File> files) {
        this.project = project;
        this.files = files;
    }

    /** {@return the line that precedes the block of {@code path} in the README of {@code project}} */
    public static String marker(String project, String path) {
        return "<!-- " + project + ": " + path + " -->";
    }

    /** {@return the project's files, in README order} */
    public List<File> files() {
        return List.copyOf(files.values());
    }

    /** {@return the project's {@code pom.xml}} */
    public File pom() {
        return files.get("pom.xml");
    }

    /**
     * {@return the file at {@code path}}
     *
     * @throws IllegalStateException when the README does not show that file
     */
    public File file(String path) {
        File file = files.get(path);
        if (file == null) {
            throw new IllegalStateException("README.md has no line " + marker(project, path) + " followed by the"
                    + " block of the new project's " + path);
        }
        return file;
    }

    /**
     * Finds the files of {@code project} in {@code readme}, the README's text.
     *
     * @throws IllegalStateException when the pom is missing or a block is not there as it must be
     */
    public static ReadmeFiles in(String readme, String project) {
        List<String> lines = readme.lines().toList();
        Map<String, List<Integer>> markers = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i).trim());
            if (marker.matches() && marker.group(1).equals(project)) {
                markers.computeIfAbsent(marker.group(2), path -> new ArrayList<>())
                        .add(i);
            }
        }
        if (!markers.containsKey("pom.xml")) {
            throw new IllegalStateException("README.md has no line " + marker(project, "pom.xml")
                    + " followed by the ```xml block of a new project's pom.xml; the README must show that pom");
        }
        Map<String, File> files = new LinkedHashMap<>();
        for (Map.Entry<String, List<Integer>> marker : markers.entrySet()) {
            String path = marker.getKey();
            List<Integer> at = marker.getValue();
            if (at.size() > 1) {
                throw new IllegalStateException("README.md has the line " + marker(project, path)
                        + " more than once: at lines "
                        + at.stream().map(i -> i + 1).toList() + "; keep one, before"
                        + " the new project's " + path);
            }
            files.put(path, block(lines, project, path, at.get(0)));
        }
        checkIsAProject(files.get("pom.xml"));
        return new ReadmeFiles(project, files);
    }

    private static File block(List<String> lines, String project, String path, int marker) {
        Path relative = Path.of(path).normalize();
        if (relative.isAbsolute()
                || relative.startsWith("..")
                || !relative.toString().equals(path)) {
            throw new IllegalStateException("README.md:" + (marker + 1) + ": " + marker(project, path) + " must name a"
                    + " file inside the project, as a plain relative path");
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        String language = LANGUAGES.get(extension);
        if (language == null) {
            throw new IllegalStateException("README.md:" + (marker + 1) + ": " + marker(project, path) + " names a"
                    + " file of a kind the new project is not written with: " + LANGUAGES.keySet());
        }
        int open = marker + 1;
        while (open < lines.size() && lines.get(open).isBlank()) {
            open++;
        }
        if (open == lines.size() || !lines.get(open).trim().equals("```" + language)) {
            throw new IllegalStateException("README.md:" + (marker + 1) + ": " + marker(project, path)
                    + " must be followed by a ```" + language + " block, found "
                    + (open == lines.size() ? "the end of the file" : "'" + lines.get(open) + "'"));
        }
        int close = open + 1;
        while (close < lines.size() && !lines.get(close).trim().equals("```")) {
            close++;
        }
        if (close == lines.size()) {
            throw new IllegalStateException("README.md:" + (open + 1) + ": the " + path + " block is never closed");
        }
        return new File(path, String.join("\n", lines.subList(open + 1, close)) + "\n", open + 2);
    }

    private static void checkIsAProject(File pom) {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            document = builder.parse(new InputSource(new StringReader(pom.text())));
        } catch (SAXParseException e) {
            throw new IllegalStateException(
                    "README.md:" + (pom.firstLine() + e.getLineNumber() - 1) + ": the pom.xml is not well-formed XML: "
                            + e.getMessage(),
                    e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new IllegalStateException("README.md:" + pom.firstLine() + ": the pom.xml cannot be read: " + e, e);
        }
        String root = document.getDocumentElement().getLocalName();
        if (!"project".equals(root)) {
            throw new IllegalStateException("README.md:" + pom.firstLine() + ": the pom.xml block must be a whole"
                    + " <project>, not a <" + root + "> fragment");
        }
    }
}
