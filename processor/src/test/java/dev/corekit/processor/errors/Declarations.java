package dev.corekit.processor.errors;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.corekit.processor.CoreProcessor;
import dev.corekit.processor.check.Message;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Builds declarations for the error tests and compiles them with the processor.
 *
 * <p>Every source starts with the same fixed header (package and imports), then the body, one given string per line,
 * so a line is exactly where the test writes it; tests pin lines with {@code onLineContaining}, which also requires
 * the text they name to occur on exactly one line. Every compilation is checked for the processor's internal-error
 * diagnostic (CK199): whatever the input, a user must never see it.
 */
final class Declarations {
    static final String PACKAGE = "test";

    private static final List<String> HEADER = List.of(
            "package " + PACKAGE + ";",
            "",
            "import com.fasterxml.jackson.annotation.JsonProperty;",
            "import com.fasterxml.jackson.databind.JsonNode;",
            "import dev.corekit.annotation.CoreEndpoint;",
            "import dev.corekit.annotation.CoreEndpoint.HttpMethod;",
            "import dev.corekit.annotation.CoreEntity;",
            "import dev.corekit.annotation.CoreModel;",
            "import dev.corekit.annotation.CoreResource;",
            "import dev.corekit.annotation.Operation;",
            "import dev.corekit.runtime.CoreQuery;",
            "import java.math.BigDecimal;",
            "import java.util.List;",
            "import java.util.Map;",
            "import java.util.Optional;",
            "import java.util.UUID;",
            "");

    private Declarations() {}

    /** A source file {@code test.<simpleName>} whose body is {@code lines}, one element per line. */
    static JavaFileObject source(String simpleName, String... lines) {
        return sourceIn(PACKAGE, simpleName, lines);
    }

    /** Like {@link #source}, in another package (the imports are the same). */
    static JavaFileObject sourceIn(String pkg, String simpleName, String... lines) {
        List<String> all = new ArrayList<>(HEADER);
        all.set(0, "package " + pkg + ";");
        all.addAll(List.of(lines));
        return JavaFileObjects.forSourceString(pkg + "." + simpleName, String.join("\n", all) + "\n");
    }

    static Compilation compile(JavaFileObject... sources) {
        return compileWithOptions(List.of(), sources);
    }

    static Compilation compileWithOptions(List<String> options, JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new CoreProcessor())
                .withOptions(options)
                .compile(sources);
        assertNoInternalError(compilation);
        return compilation;
    }

    /** Compiles with corekit and {@code observer}, which records what was generated even if the compilation fails. */
    static Compilation compileObserving(List<String> options, TypesAtEnd observer, JavaFileObject... sources) {
        Compilation compilation = Compiler.javac()
                .withProcessors(new CoreProcessor(), observer)
                .withOptions(options)
                .compile(sources);
        assertNoInternalError(compilation);
        return compilation;
    }

    /** No diagnostic of any kind carries the internal-error id: a bug in corekit, never a user mistake. */
    static void assertNoInternalError(Compilation compilation) {
        for (Diagnostic<? extends JavaFileObject> diagnostic : compilation.diagnostics()) {
            String text = diagnostic.getMessage(null);
            assertWithMessage("corekit reported an internal error: %s", text)
                    .that(text)
                    .doesNotContain(Message.INTERNAL_ERROR.id());
        }
    }

    /** {@code [CK1xx]}, the way every message starts. */
    static String tag(Message message) {
        return "[" + message.id() + "]";
    }

    /**
     * The compilation failed with exactly one error, {@code message}, in {@code file} on the line containing {@code
     * line}; its text also names each of {@code mentions}.
     */
    static void assertOnlyError(
            Compilation compilation, Message message, JavaFileObject file, String line, String... mentions) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining(tag(message)).inFile(file).onLineContaining(line);
        assertThat(compilation).hadErrorCount(1);
        assertMentions(compilation, message, mentions);
    }

    /** The error {@code message} names each of {@code mentions}. */
    static void assertMentions(Compilation compilation, Message message, String... mentions) {
        List<String> texts = errorTexts(compilation, message);
        assertWithMessage("errors %s", message.id()).that(texts).isNotEmpty();
        for (String mention : mentions) {
            assertWithMessage("%s names %s", texts, mention)
                    .that(texts.stream().anyMatch(t -> t.contains(mention)))
                    .isTrue();
        }
    }

    /** The texts of the errors with {@code message}'s id. */
    static List<String> errorTexts(Compilation compilation, Message message) {
        return compilation.errors().stream()
                .map(d -> d.getMessage(null))
                .filter(t -> t.contains(tag(message)))
                .toList();
    }

    /** How many errors carry {@code message}'s id. */
    static long errorCount(Compilation compilation, Message message) {
        return errorTexts(compilation, message).size();
    }

    /** Exactly {@code expected} errors come from corekit (carry a {@code [CK...]} id); javac's own are not counted. */
    static void assertCorekitErrorCount(Compilation compilation, int expected) {
        List<String> corekit = compilation.errors().stream()
                .map(d -> d.getMessage(null))
                .filter(t -> t.contains("[CK"))
                .toList();
        assertWithMessage("corekit's errors among %s", compilation.diagnostics())
                .that(corekit)
                .hasSize(expected);
    }
}
