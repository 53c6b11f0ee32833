package dev.corekit.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.corekit.processor.errors.Declarations.assertCorekitErrorCount;
import static dev.corekit.processor.errors.Declarations.compile;
import static dev.corekit.processor.errors.Declarations.compileObserving;
import static dev.corekit.processor.errors.Declarations.source;
import static dev.corekit.processor.errors.Declarations.tag;

import com.google.testing.compile.Compilation;
import dev.corekit.processor.check.Message;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A bad declaration costs only itself: its neighbours are still generated, all of its own problems are reported,
 * and nothing a user writes makes the processor fail with an internal error (every compilation here, as everywhere in
 * these tests, is checked for CK199).
 */
class IsolationErrorsTest {

    private static final JavaFileObject GOOD = source(
            "GoodResource",
            "@CoreResource(path = \"good\")",
            "public interface GoodResource extends CoreEntity {",
            "    String code();",
            "}");

    @Test
    void goodDeclarationIsGeneratedBesideABadOne() {
        JavaFileObject bad = source(
                "BadResource",
                "@CoreResource(path = \"bad\")",
                "public interface BadResource extends CoreEntity {",
                "    java.io.File file();",
                "}");

        TypesAtEnd generated = new TypesAtEnd("test.Good", "test.GoodApi", "test.Bad", "test.BadApi");

        Compilation compilation = compileObserving(List.of(), generated, bad, GOOD);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNSUPPORTED_TYPE))
                .inFile(bad)
                .onLineContaining("java.io.File file();");
        assertThat(compilation).hadErrorCount(1);
        assertThat(generated.found()).containsExactly("test.Good", "test.GoodApi");
    }

    @Test
    void goodDeclarationIsGeneratedBesideOneWaitingForAMissingType() {
        JavaFileObject bad = source(
                "BadResource",
                "@CoreResource(path = \"bad\")",
                "public interface BadResource extends CoreEntity {",
                "    Missing missing();",
                "}");

        TypesAtEnd generated = new TypesAtEnd("test.Good", "test.GoodApi", "test.Bad", "test.BadApi");

        Compilation compilation = compileObserving(List.of(), generated, bad, GOOD);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNRESOLVED_TYPE))
                .inFile(bad)
                .onLineContaining("Missing missing();");
        assertCorekitErrorCount(compilation, 1);
        assertThat(generated.found()).containsExactly("test.Good", "test.GoodApi");
    }

    @Test
    void threeProblemsFoundWhileReadingAreAllReported() {
        JavaFileObject file = source(
                "ThingModel",
                "@CoreModel",
                "public interface ThingModel {",
                "    void touch();",
                "    String code(int version);",
                "    java.io.File file();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.ACCESSOR_VOID))
                .inFile(file)
                .onLineContaining("void touch();");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.ACCESSOR_PARAMETERS))
                .inFile(file)
                .onLineContaining("String code(int version);");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNSUPPORTED_TYPE))
                .inFile(file)
                .onLineContaining("java.io.File file();");
        assertThat(compilation).hadErrorCount(3);
    }

    /**
     * Problems of different kinds on one declaration — the annotation's path, a field's type, a field's name — are
     * all reported in one compilation, so the user fixes them in one pass.
     */
    @Test
    void threeProblemsOfDifferentKindsAreAllReported() {
        JavaFileObject file = source(
                "ThingResource",
                "@CoreResource(",
                "        path = \"/thing\")",
                "public interface ThingResource extends CoreEntity {",
                "    java.io.File file();",
                "    String builder();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNSUPPORTED_TYPE))
                .inFile(file)
                .onLineContaining("java.io.File file();");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.PATH_INVALID))
                .inFile(file)
                .onLineContaining("path = \"/thing\"");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.RESERVED_NAME))
                .inFile(file)
                .onLineContaining("String builder();");
        assertThat(compilation).hadErrorCount(3);
    }

    @Test
    void nameRuleAndPathAreBothReported() {
        JavaFileObject file = source(
                "Thing",
                "@CoreResource(",
                "        path = \"thing/\")",
                "public interface Thing extends CoreEntity {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.NAME_RULE))
                .inFile(file)
                .onLineContaining("@CoreResource(");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.PATH_INVALID))
                .inFile(file)
                .onLineContaining("path = \"thing/\"");
        assertThat(compilation).hadErrorCount(2);
    }

    // No crash: javac's own errors in the user's code must not turn into a corekit internal error.

    @Test
    void unrelatedMissingImport() {
        JavaFileObject file = source(
                "GadgetResource",
                "import com.nowhere.Gadget;",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("com.nowhere").inFile(file).onLineContaining("import com.nowhere");
        assertCorekitErrorCount(compilation, 0);
    }

    @Test
    void fieldOfATypeFromAMissingImport() {
        JavaFileObject file = source(
                "GadgetResource",
                "import com.nowhere.Gadget;",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends CoreEntity {",
                "    Gadget gadget();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNRESOLVED_TYPE))
                .inFile(file)
                .onLineContaining("Gadget gadget();");
        assertCorekitErrorCount(compilation, 1);
    }

    /**
     * The id may well be declared in the super-interface javac cannot find, so corekit must not claim it is missing
     * (CK112); javac's "cannot find symbol" is the one true error.
     */
    @Test
    void superInterfaceThatDoesNotExist() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends MissingBase {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("MissingBase").inFile(file).onLineContaining("extends MissingBase");
        assertCorekitErrorCount(compilation, 0);
    }

    @Test
    void pathFromAConstantThatDoesNotExist() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(",
                "        path = Paths.GADGET)",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        // javac reports the unknown symbol; corekit must not add a path error about a value it never saw.
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Paths").inFile(file).onLineContaining("path = Paths.GADGET");
        assertCorekitErrorCount(compilation, 0);
    }

    @Test
    void operationThatDoesNotExist() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(",
                "        path = \"gadget\",",
                "        operations = {Operation.LIST, Operation.PATCH})",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(javacNaming("PATCH"))
                .inFile(file)
                .onLineContaining("operations = {");
        assertCorekitErrorCount(compilation, 0);
    }

    @Test
    void jsonPropertyFromAConstantThatDoesNotExist() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends CoreEntity {",
                "    @JsonProperty(Names.CODE) String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("Names").inFile(file).onLineContaining("@JsonProperty(Names.CODE)");
        assertCorekitErrorCount(compilation, 0);
    }

    @Test
    void endpointWithAnHttpMethodThatDoesNotExist() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "    @CoreEndpoint(method = HttpMethod.HEAD, path = \"{id}/x\")",
                "    JsonNode x(UUID id);",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(javacNaming("HEAD"))
                .inFile(file)
                .onLineContaining("HttpMethod.HEAD");
        assertCorekitErrorCount(compilation, 0);
    }

    /**
     * What javac says of an enum constant that does not exist in an annotation value: up to JDK 24 it names the
     * constant ({@code cannot find symbol ... HEAD}); javac 25 says that an enum annotation value must be an enum
     * constant. Either way the error is javac's, on the offending line, and corekit adds none.
     */
    private static String javacNaming(String constant) {
        return Runtime.version().feature() >= 25 ? "an enum annotation value must be an enum constant" : constant;
    }

    /** An endpoint's body type that never appears is reported like a field's (CK125), on the parameter. */
    @Test
    void endpointWithABodyOfAMissingType() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "    @CoreEndpoint(method = HttpMethod.POST, path = \"batch\")",
                "    JsonNode batch(",
                "            Missing body);",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("cannot find symbol")
                .inFile(file)
                .onLineContaining("Missing body");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNRESOLVED_TYPE))
                .inFile(file)
                .onLineContaining("Missing body");
        assertCorekitErrorCount(compilation, 1);
    }

    /** An endpoint's return type that never appears is reported like a field's (CK125), on the method. */
    @Test
    void endpointReturningAMissingType() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource(path = \"gadget\")",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "    @CoreEndpoint(method = HttpMethod.GET, path = \"{id}/x\")",
                "    Missing x(UUID id);",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNRESOLVED_TYPE))
                .inFile(file)
                .onLineContaining("Missing x(UUID id);");
        assertCorekitErrorCount(compilation, 1);
    }

    @Test
    void annotationWithoutItsRequiredPath() {
        JavaFileObject file = source(
                "GadgetResource",
                "@CoreResource",
                "public interface GadgetResource extends CoreEntity {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation).hadErrorContaining("path").inFile(file).onLineContaining("@CoreResource");
        assertCorekitErrorCount(compilation, 0);
    }
}
