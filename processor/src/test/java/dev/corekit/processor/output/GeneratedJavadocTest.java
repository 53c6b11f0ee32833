package dev.corekit.processor.output;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What a user reads of the generated code in the IDE and in javadoc: javadoc that doclint accepts with every check on
 * (at the access level javadoc documents), lines within the formatter's 120 columns, and no {@code $}-named member.
 * Over the output tests' declarations and the behaviour tests' fixtures, which use every kind of field and endpoint.
 */
class GeneratedJavadocTest {
    private static final String FACADE = "-Acorekit.facade=com.acme.core.Core";

    private static List<JavaFileObject> declarations() {
        List<JavaFileObject> sources = new ArrayList<>(Sources.ALL);
        try (Stream<Path> fixtures = Files.list(Path.of("src/test/java/dev/corekit/processor/fixtures"))) {
            for (Path fixture : fixtures.sorted().toList()) {
                sources.add(JavaFileObjects.forSourceString(
                        "dev.corekit.processor.fixtures."
                                + fixture.getFileName().toString().replace(".java", ""),
                        Files.readString(fixture)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sources;
    }

    /** Names as long as the catalogue's longest, which would push a generated line past 120 columns. */
    private static final JavaFileObject LONG_NAMES = JavaFileObjects.forSourceLines(
            "com.acme.core.TimeExpenseSettingModel",
            "package com.acme.core;",
            "",
            "import dev.corekit.annotation.CoreModel;",
            "",
            "@CoreModel",
            "public interface TimeExpenseSettingModel {",
            "    Boolean applySmallestIncrementBillableHoursOnly();",
            "",
            "    java.util.List<java.util.Map<String, java.time.OffsetDateTime>> ignoreSaveDeleteExpenseEntryOlderThan();",
            "}");

    private static Compilation generate() {
        List<JavaFileObject> sources = new ArrayList<>(declarations());
        sources.add(LONG_NAMES);
        Compilation compilation = Sources.compile(sources, FACADE);
        assertThat(compilation).succeeded();
        return compilation;
    }

    @Test
    void generatedJavadocIsDoclintClean() {
        Compilation generated = generate();

        Compilation doclint = Compiler.javac()
                .withOptions("-proc:none", "-Xdoclint:all/protected", "-Werror")
                .compile(generated.generatedSourceFiles());

        assertThat(doclint).succeededWithoutWarnings();
    }

    @Test
    void generatedLinesFitTheFormattersWidth() {
        Map<String, String> files = Sources.generatedSources(generate());

        assertThat(files).isNotEmpty();
        files.forEach((name, text) -> assertThat(text.lines())
                .as(name)
                .allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(120)));
    }

    @Test
    void generatedCodeHasNoDollarNamedMembers() {
        Map<String, String> files = Sources.generatedSources(generate());

        files.forEach((name, text) -> assertThat(text).as(name).doesNotContain("$"));
    }

    @Test
    void javadocNamesTheResourceInEnglish() throws Exception {
        Compilation compilation = Sources.compile(List.of(
                resource("ActivityResource", "activity"),
                resource("TimeEntryResource", "timeentry"),
                resource("UserResource", "user")));

        assertThat(compilation).succeeded();
        assertThat(source(compilation, "com.acme.core.ActivityApi"))
                .contains("Creates an activity ({@code POST /activity})")
                .contains("Reads an activity ({@code GET /activity/{id}})")
                .contains("Lists one page of activities matching {@code query}")
                .contains("@param id the activity's id")
                .doesNotContain("{@code activity} (");
        assertThat(source(compilation, "com.acme.core.TimeEntryApi"))
                .contains("Creates a time entry")
                .contains("Streams every time entry matching")
                .contains("@return the time entry as CORE stored it");
        assertThat(source(compilation, "com.acme.core.UserApi")).contains("Deletes a user");
        assertThat(source(compilation, "com.acme.core.TimeEntry"))
                .contains("{@return a builder holding this time entry's fields");
    }

    @Test
    void membersCorekitAddsGiveWayToFieldsOfTheSameName() {
        JavaFileObject shade = JavaFileObjects.forSourceLines(
                "com.acme.core.Shade", "package com.acme.core;", "", "public enum Shade { LIGHT, DARK }");
        JavaFileObject clash = JavaFileObjects.forSourceLines(
                "com.acme.core.ClashModel",
                "package com.acme.core;",
                "",
                "import dev.corekit.annotation.CoreModel;",
                "",
                "@CoreModel",
                "public interface ClashModel {",
                "    String extras();",
                "    String extrasJson();",
                "    String putUnknown();",
                "    Shade shade();",
                "    String shadeJson();",
                "    String SHADE();",
                "    String PROPERTIES();",
                "}");

        Compilation compilation = Sources.compile(List.of(shade, clash), "-Werror");

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(source(compilation, "com.acme.core.Clash"))
                .contains("private final JsonExtras extras_;")
                .contains("private static final JsonEnum<Shade> SHADE_ =");
    }

    private static JavaFileObject resource(String name, String path) {
        return JavaFileObjects.forSourceLines(
                "com.acme.core." + name,
                "package com.acme.core;",
                "",
                "import dev.corekit.annotation.CoreResource;",
                "",
                "@CoreResource(path = \"" + path + "\")",
                "public interface " + name + " {",
                "    java.util.UUID id();",
                "",
                "    String label();",
                "}");
    }

    private static String source(Compilation compilation, String type) {
        String path = "/" + type.replace('.', '/') + ".java";
        return Sources.generatedSources(compilation).entrySet().stream()
                .filter(file -> file.getKey().endsWith(path))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElseThrow(() -> new AssertionError("not generated: " + type));
    }
}
