package dev.corekit.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.corekit.processor.errors.Declarations.assertOnlyError;
import static dev.corekit.processor.errors.Declarations.compile;
import static dev.corekit.processor.errors.Declarations.source;
import static dev.corekit.processor.errors.Declarations.tag;

import com.google.testing.compile.Compilation;
import dev.corekit.processor.check.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** CK100-CK104: what may carry @CoreResource or @CoreModel, and under which name. */
class DeclarationShapeErrorsTest {

    // CK100: only interfaces.

    @Test
    void coreResourceOnAClass() {
        JavaFileObject file = source(
                "ActivityResource",
                "@CoreResource(path = \"activity\")",
                "public class ActivityResource {",
                "    public String code() { return null; }",
                "}");

        assertOnlyError(
                compile(file),
                Message.NOT_AN_INTERFACE,
                file,
                "@CoreResource(path = \"activity\")",
                "ActivityResource",
                "a class");
    }

    @Test
    void coreResourceOnAnEnum() {
        JavaFileObject file = source(
                "ColorResource", "@CoreResource(path = \"color\")", "public enum ColorResource {", "    RED", "}");

        assertOnlyError(
                compile(file),
                Message.NOT_AN_INTERFACE,
                file,
                "@CoreResource(path = \"color\")",
                "ColorResource",
                "an enum");
    }

    @Test
    void coreModelOnAClass() {
        JavaFileObject file = source("AddressModel", "@CoreModel", "public class AddressModel {", "}");

        assertOnlyError(compile(file), Message.NOT_AN_INTERFACE, file, "@CoreModel", "AddressModel", "a class");
    }

    @Test
    void coreModelOnAnAnnotationType() {
        JavaFileObject file = source("AddressModel", "@CoreModel", "public @interface AddressModel {", "}");

        assertOnlyError(
                compile(file), Message.NOT_AN_INTERFACE, file, "@CoreModel", "AddressModel", "an annotation type");
    }

    @Test
    void coreModelOnARecord() {
        JavaFileObject file = source("AddressModel", "@CoreModel", "public record AddressModel(String street) {", "}");

        assertOnlyError(compile(file), Message.NOT_AN_INTERFACE, file, "@CoreModel", "AddressModel", "a record");
    }

    // CK101: FooResource / FooModel with a non-empty Foo.

    @Test
    void resourceWithoutResourceSuffix() {
        JavaFileObject file = source(
                "Activity",
                "@CoreResource(path = \"activity\")",
                "public interface Activity extends CoreEntity {",
                "    String code();",
                "}");

        assertOnlyError(compile(file), Message.NAME_RULE, file, "@CoreResource(", "Activity");
    }

    @Test
    void resourceNamedOnlyResource() {
        JavaFileObject file = source(
                "Resource",
                "@CoreResource(path = \"thing\")",
                "public interface Resource extends CoreEntity {",
                "    String code();",
                "}");

        assertOnlyError(compile(file), Message.NAME_RULE, file, "@CoreResource(", "got Resource");
    }

    @Test
    void modelNamedOnlyModel() {
        JavaFileObject file = source("Model", "@CoreModel", "public interface Model {", "    String street();", "}");

        assertOnlyError(compile(file), Message.NAME_RULE, file, "@CoreModel", "got Model");
    }

    @Test
    void modelWithTextAfterModelSuffix() {
        JavaFileObject file =
                source("AddressModelX", "@CoreModel", "public interface AddressModelX {", "    String street();", "}");

        assertOnlyError(compile(file), Message.NAME_RULE, file, "@CoreModel", "AddressModelX");
    }

    @Test
    void modelNamedLikeAResource() {
        JavaFileObject file = source(
                "AddressResource", "@CoreModel", "public interface AddressResource {", "    String street();", "}");

        assertOnlyError(compile(file), Message.NAME_RULE, file, "@CoreModel", "AddressResource");
    }

    // CK102: no type parameters.

    @Test
    void genericDeclaration() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(path = \"foo\")",
                "public interface FooResource<T> extends CoreEntity {",
                "    String code();",
                "}");

        assertOnlyError(compile(file), Message.GENERIC_DECLARATION, file, "interface FooResource<T>", "FooResource");
    }

    @Test
    void genericDeclarationUsingItsTypeVariableAlsoReportsTheField() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(path = \"foo\")",
                "public interface FooResource<T> extends CoreEntity {",
                "    T value();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.GENERIC_DECLARATION))
                .inFile(file)
                .onLineContaining("interface FooResource<T>");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNSUPPORTED_TYPE))
                .inFile(file)
                .onLineContaining("T value();");
        assertThat(compilation).hadErrorCount(2);
    }

    // CK103: generated code in the package must reach the declaration.

    @Test
    void privateNestedDeclaration() {
        JavaFileObject file = source(
                "Outer",
                "public class Outer {",
                "    @CoreModel",
                "    private interface AddressModel {",
                "        String street();",
                "    }",
                "}");

        assertOnlyError(
                compile(file), Message.INACCESSIBLE, file, "private interface AddressModel", "AddressModel", "private");
    }

    @Test
    void declarationNestedInAPrivateClass() {
        JavaFileObject file = source(
                "Outer",
                "public class Outer {",
                "    private static class Hidden {",
                "        @CoreModel",
                "        interface AddressModel {",
                "            String street();",
                "        }",
                "    }",
                "}");

        assertOnlyError(compile(file), Message.INACCESSIBLE, file, "interface AddressModel", "Hidden");
    }

    /**
     * javac never offers a local type to a processor, so a local declaration can get no diagnostic either: the
     * compilation succeeds and nothing is generated (the README says declarations are top-level or nested types).
     */
    @Test
    void localInterfaceDeclaredInAMethodIsNotSeen() {
        JavaFileObject file = source(
                "Outer",
                "public class Outer {",
                "    void method() {",
                "        @CoreModel",
                "        interface AddressModel {",
                "            String street();",
                "        }",
                "    }",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).succeeded();
        org.assertj.core.api.Assertions.assertThat(compilation.generatedSourceFiles())
                .isEmpty();
    }

    // CK104: one annotation only.

    @Test
    void bothAnnotations() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(path = \"foo\")",
                "@CoreModel",
                "public interface FooResource extends CoreEntity {",
                "    String code();",
                "}");

        assertOnlyError(compile(file), Message.BOTH_ANNOTATIONS, file, "@CoreModel", "FooResource");
    }

    // CK140: the generated name is already a type of the package.

    @Test
    void generatedNameAlreadyTaken() {
        JavaFileObject existing = source("Address", "public class Address {", "}");
        JavaFileObject file =
                source("AddressModel", "@CoreModel", "public interface AddressModel {", "    String street();", "}");

        Compilation compilation = compile(file, existing);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.GENERATED_NAME_TAKEN))
                .inFile(file)
                .onLineContaining("public interface AddressModel");
        assertThat(compilation).hadErrorContaining("test.Address");
        assertThat(compilation).hadErrorCount(1);
    }
}
