package dev.corekit.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the README honest. Every {@code ```java} block of README.md is compiled here, against corekit and with
 * corekit-processor on the processor path as in a user's build, unless the line before it says
 * {@code <!-- snippet-from: path -->}: such a block must still be in that file, which the build compiles. A block
 * after {@code <!-- new-...-project: path -->} is a file of a new project that samples/new-...-project writes and
 * builds (the Installing section's {@code pom.xml}, the Spring Boot project's files). A {@code ```yaml} block (a
 * Spring Boot {@code application.yml}) is always one of the two: copied from a sample's file (verbatim, indentation
 * included: it is YAML's structure), or a file of a new project. The quick start section must open with its two
 * commands.
 *
 * <p>Snippets omit their imports; each is compiled with {@link #IMPORTS}. A block with a top-level type is a
 * compilation unit; any other block is the body of a method of a class whose fields are the names snippets use
 * without declaring them ({@link #GIVEN}).
 */
class ReadmeSnippetsTest {
    private static final Pattern FENCE = Pattern.compile("^```\\s*([A-Za-z0-9]*)\\s*$");
    private static final Pattern FROM = Pattern.compile("^<!--\\s*snippet-from:\\s*(\\S+)\\s*-->$");
    private static final Pattern NEW_PROJECT = Pattern.compile("^<!--\\s*(new-[a-z-]*project):\\s*\\S+\\s*-->$");
    private static final Pattern TOP_LEVEL_TYPE =
            Pattern.compile("^(?:(?:public|final|abstract)\\s+)*(?:class|interface|enum|record)\\s+([A-Z]\\w*)");
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);");

    private static final List<String> IMPORTS = List.of(
            "com.fasterxml.jackson.annotation.JsonProperty",
            "com.fasterxml.jackson.databind.ObjectMapper",
            "com.fasterxml.jackson.databind.node.JsonNodeFactory",
            "com.fasterxml.jackson.databind.node.ObjectNode",
            "dev.corekit.annotation.*",
            "dev.corekit.client.*",
            "dev.corekit.runtime.*",
            "dev.corekit.runtime.auth.*",
            "dev.corekit.runtime.error.*",
            "dev.corekit.runtime.metrics.*",
            "dev.corekit.runtime.micrometer.*",
            "dev.corekit.runtime.token.*",
            "dev.corekit.sandbox.*",
            "dev.corekit.sandbox.junit.*",
            "feign.Feign",
            "feign.jackson.JacksonDecoder",
            "feign.jackson.JacksonEncoder",
            "java.math.BigDecimal",
            "java.net.URI",
            "java.nio.file.Path",
            "java.time.Duration",
            "java.time.ZoneId",
            "java.util.List",
            "java.util.Map",
            "java.util.UUID",
            "java.util.function.Supplier",
            "java.util.stream.Stream",
            "io.micrometer.core.instrument.MeterRegistry",
            "io.micrometer.core.instrument.Tags",
            "io.micrometer.core.instrument.simple.SimpleMeterRegistry",
            "org.junit.jupiter.api.Assertions",
            "org.junit.jupiter.api.Test",
            "org.junit.jupiter.api.extension.ExtendWith");

    /** Names a statement snippet may use without declaring them (a declaration in the snippet shadows them). */
    private static final String GIVEN = "CoreClient client; Core core; ActivityApi api; CoreSandbox sandbox;"
            + " URI callbackUri; UUID id; Activity activity; String accessToken; String endpoint;";

    @TempDir
    Path work;

    /**
     * A fenced block: its language, text, the README line of its first text line, its snippet-from path, and the
     * sample that builds it as a file of a new project ({@code new-project}, ...).
     */
    record Block(String language, String text, int firstLine, String from, String newProject) {}

    static Path readme() {
        return Path.of(System.getProperty("readme", "../../README.md"))
                .toAbsolutePath()
                .normalize();
    }

    static List<Block> blocks() throws IOException {
        List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher open = FENCE.matcher(lines.get(i));
            if (!open.matches()) {
                continue;
            }
            String from = null;
            String newProject = null;
            for (int back = i - 1; back >= 0; back--) {
                if (!lines.get(back).isBlank()) {
                    Matcher marker = FROM.matcher(lines.get(back).trim());
                    from = marker.matches() ? marker.group(1) : null;
                    Matcher project = NEW_PROJECT.matcher(lines.get(back).trim());
                    newProject = project.matches() ? project.group(1) : null;
                    break;
                }
            }
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            if (end == lines.size()) {
                throw new AssertionError("README.md:" + (i + 1) + ": a code block is never closed");
            }
            blocks.add(new Block(open.group(1), String.join("\n", lines.subList(i + 1, end)), i + 2, from, newProject));
            i = end;
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyJavaSnippetCompiles() throws IOException {
        List<Block> java = blocks().stream()
                .filter(b -> b.language().equals("java") && b.from() == null && b.newProject() == null)
                .toList();
        assertThat(java).as("java blocks in the README").hasSizeGreaterThanOrEqualTo(8);
        return java.stream()
                .map(block -> DynamicTest.dynamicTest("README.md:" + block.firstLine(), () -> compile(block)));
    }

    @TestFactory
    Stream<DynamicTest> copiedSnippetsAreStillInTheirSample() throws IOException {
        List<Block> copied = blocks().stream().filter(b -> b.from() != null).toList();
        assertThat(copied).as("blocks marked snippet-from").isNotEmpty();
        Path root = readme().getParent();
        return copied.stream()
                .map(block -> DynamicTest.dynamicTest(block.from() + " at README.md:" + block.firstLine(), () -> {
                    Path source = root.resolve(block.from());
                    assertThat(source)
                            .as("the file a README snippet is copied from")
                            .isRegularFile();
                    // YAML's indentation is its structure: a yaml block keeps it.
                    boolean indented = isYaml(block);
                    List<String> file = meaningfulLines(Files.readString(source, StandardCharsets.UTF_8), indented);
                    List<String> snippet = meaningfulLines(block.text(), indented);
                    assertThat(Collections.indexOfSubList(file, snippet))
                            .as(
                                    "README.md:%d must be copied verbatim (%s) from %s; update one or the other",
                                    block.firstLine(),
                                    indented ? "with its indentation" : "but for indentation",
                                    block.from())
                            .isNotNegative();
                }));
    }

    @Test
    void everyYamlBlockIsAFileTheBuildRuns() throws IOException {
        List<Block> yaml = blocks().stream().filter(ReadmeSnippetsTest::isYaml).toList();
        assertThat(yaml).as("yaml blocks in the README").isNotEmpty();
        assertThat(yaml)
                .allSatisfy(block -> assertThat(block.from() != null || block.newProject() != null)
                        .as(
                                "README.md:%d: a yaml block is a file that a sample runs, named on the line before it:"
                                        + " <!-- snippet-from: path --> or <!-- new-...-project: path -->",
                                block.firstLine())
                        .isTrue());
    }

    @Test
    void everyNewProjectsFileIsBuiltByItsSample() throws IOException {
        List<Block> files =
                blocks().stream().filter(b -> b.newProject() != null).toList();
        assertThat(files).as("blocks marked new-...-project").isNotEmpty();
        Path samples = readme().getParent().resolve("samples");
        for (Block file : files) {
            assertThat(samples.resolve(file.newProject()).resolve("pom.xml"))
                    .as(
                            "README.md:%d is a file of a project that samples/%s builds",
                            file.firstLine(), file.newProject())
                    .isRegularFile();
        }
    }

    @Test
    void theQuickStartSectionOpensWithItsTwoCommands() throws IOException {
        List<String> lines = Files.readAllLines(readme(), StandardCharsets.UTF_8);
        int section = lines.indexOf("## Quick start");
        assertThat(section).as("a '## Quick start' section").isNotNegative();
        Block first = blocks().stream()
                .filter(b -> b.firstLine() > section)
                .findFirst()
                .orElseThrow();

        assertThat(first.text().lines().toList())
                .containsExactly(
                        "./mvnw -q -Pquickstart -pl samples/quickstart -am package -DskipTests", "./mvnw verify");
    }

    private void compile(Block block) throws IOException {
        String text = block.text();
        String unit;
        String typeName;
        String packageName;
        int offset; // README line of the unit's line 1 is block.firstLine() - offset
        Matcher type = TOP_LEVEL_TYPE.matcher("");
        String declared = text.lines()
                .filter(line -> type.reset(line).find())
                .map(line -> type.group(1))
                .findFirst()
                .orElse(null);
        String imports = IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" "));
        if (declared != null) {
            Matcher pkg = PACKAGE.matcher(text);
            typeName = declared;
            if (pkg.find()) {
                packageName = pkg.group(1);
                // The imports go on the package line, so the snippet's lines keep their numbers.
                unit = text.substring(0, pkg.end()) + " " + imports + text.substring(pkg.end());
                offset = 0;
            } else {
                packageName = "snippets";
                unit = "package snippets; " + imports + "\n" + text;
                offset = 1;
            }
        } else {
            packageName = "snippets";
            typeName = "Snippet" + block.firstLine();
            unit = "package snippets; " + imports + "\n@SuppressWarnings(\"unused\") class " + typeName + " { " + GIVEN
                    + "\nvoid run() throws Exception {\n" + text + "\n}}";
            offset = 3;
        }
        Path classes = Files.createDirectories(work.resolve(typeName).resolve("classes"));
        Path generated = Files.createDirectories(work.resolve(typeName).resolve("generated"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        boolean compiled;
        try (StandardJavaFileManager files =
                javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
            JavaFileObject source = new Source(packageName.replace('.', '/') + "/" + typeName + ".java", unit);
            compiled = javac.getTask(
                            null,
                            files,
                            diagnostics,
                            List.of(
                                    "--release",
                                    "17",
                                    "-classpath",
                                    classPath,
                                    // As in a user's build: the processor from the processor path.
                                    "-processorpath",
                                    classPath,
                                    "-processor",
                                    "dev.corekit.processor.CoreProcessor",
                                    "-d",
                                    classes.toString(),
                                    "-s",
                                    generated.toString()),
                            null,
                            List.of(source))
                    .call();
        }
        String errors = diagnostics.getDiagnostics().stream()
                .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
                .map(d -> (d.getSource() != null
                                        && d.getSource().toUri().getScheme().equals("string")
                                ? "README.md:" + (block.firstLine() - 1 - offset + d.getLineNumber())
                                : String.valueOf(d.getSource()))
                        + ": " + d.getMessage(Locale.ROOT))
                .collect(Collectors.joining("\n"));
        assertThat(compiled)
                .as("the README's java block at line %d compiles; errors:%n%s", block.firstLine(), errors)
                .isTrue();
    }

    /**
     * The lines that carry code, without their trailing blanks and, unless {@code indented}, without indentation, so
     * that a Java snippet may be indented differently.
     */
    private static List<String> meaningfulLines(String text, boolean indented) {
        return text.lines()
                .map(line -> indented ? line.stripTrailing() : line.strip())
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static boolean isYaml(Block block) {
        return block.language().equals("yaml") || block.language().equals("yml");
    }

    /** A source file held in memory. */
    private static final class Source extends SimpleJavaFileObject {
        private final String text;

        Source(String path, String text) {
            super(URI.create("string:///" + path), Kind.SOURCE);
            this.text = text;
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return text;
        }
    }
}
