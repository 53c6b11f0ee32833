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

    private static Compilation generate() {
        Compilation compilation = Sources.compile(declarations(), FACADE);
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
}
