package dev.corekit.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.corekit.processor.errors.Declarations.assertCorekitErrorCount;
import static dev.corekit.processor.errors.Declarations.assertOnlyError;
import static dev.corekit.processor.errors.Declarations.compile;
import static dev.corekit.processor.errors.Declarations.source;
import static dev.corekit.processor.errors.Declarations.tag;

import com.google.testing.compile.Compilation;
import dev.corekit.processor.check.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CK120-CK125: field accessors; each error sits on the accessor that is wrong. */
class FieldErrorsTest {

    /** A model with one good field before and after {@code accessor}, each on its own line. */
    private static JavaFileObject modelWith(String... accessor) {
        String[] lines = new String[accessor.length + 5];
        lines[0] = "@CoreModel";
        lines[1] = "public interface ThingModel {";
        lines[2] = "    String name();";
        for (int i = 0; i < accessor.length; i++) {
            lines[3 + i] = "    " + accessor[i];
        }
        lines[accessor.length + 3] = "    Integer count();";
        lines[accessor.length + 4] = "}";
        return source("ThingModel", lines);
    }

    @Test
    void accessorReturningVoid() {
        JavaFileObject file = modelWith("void touch();");

        assertOnlyError(compile(file), Message.ACCESSOR_VOID, file, "void touch();", "touch()");
    }

    @Test
    void accessorWithParameters() {
        JavaFileObject file = modelWith("String code(int version);");

        assertOnlyError(compile(file), Message.ACCESSOR_PARAMETERS, file, "String code(int version);", "code");
    }

    @Test
    void accessorWithParametersInAResource() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(path = \"foo\")",
                "public interface FooResource extends CoreEntity {",
                "    String code(String language);",
                "}");

        assertOnlyError(compile(file), Message.ACCESSOR_PARAMETERS, file, "String code(String language);");
    }

    // CK122: the error names the accessor and the type.

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "java.io.File                 | java.io.File",
                "Object                       | java.lang.Object",
                "List                         | java.util.List",
                "Map                          | java.util.Map",
                "Map<Integer, String>         | java.util.Map<java.lang.Integer,java.lang.String>",
                "Runnable                     | java.lang.Runnable",
                "String[]                     | java.lang.String[]",
                "char                         | char",
                "float                        | float",
                "short                        | short",
                "Optional<String>             | java.util.Optional<java.lang.String>",
                "List<?>                      | java.util.List<?>",
                "List<Object>                 | java.util.List<java.lang.Object>",
                "Map<String, java.io.File>    | java.util.Map<java.lang.String,java.io.File>",
                "java.util.Set<String>        | java.util.Set<java.lang.String>",
            })
    void unsupportedType(String type, String printed) {
        JavaFileObject file = modelWith(type + " value();");

        assertOnlyError(
                compile(file), Message.UNSUPPORTED_TYPE, file, type + " value();", "value()", "type " + printed);
    }

    @Test
    void interfaceThatIsNotACoreModel() {
        JavaFileObject plain = source("Plain", "public interface Plain {", "    String x();", "}");
        JavaFileObject file = modelWith("Plain plain();");

        Compilation compilation = compile(file, plain);

        assertOnlyError(compilation, Message.UNSUPPORTED_TYPE, file, "Plain plain();", "test.Plain", "@CoreModel");
    }

    @Test
    void listOfAnUnsupportedElementType() {
        JavaFileObject file = modelWith("List<Character> letters();");

        assertOnlyError(compile(file), Message.UNSUPPORTED_TYPE, file, "List<Character> letters();", "letters()");
    }

    // CK123: one JSON property, one accessor.

    @Test
    void twoAccessorsWithTheSameJsonName() {
        JavaFileObject file = modelWith("@JsonProperty(\"code\") String a();", "String code();");

        assertOnlyError(compile(file), Message.DUPLICATE_JSON_NAME, file, "String code();", "\"code\"", "a()");
    }

    @Test
    void twoJsonPropertiesWithTheSameName() {
        JavaFileObject file = modelWith("@JsonProperty(\"class\") String a();", "@JsonProperty(\"class\") String b();");

        assertOnlyError(
                compile(file), Message.DUPLICATE_JSON_NAME, file, "@JsonProperty(\"class\") String b();", "b()");
    }

    // CK124: names the generated DTO or builder already uses.

    @ParameterizedTest
    @ValueSource(strings = {"builder", "toBuilder", "unknownProperties", "build", "equals", "getClass"})
    void reservedName(String name) {
        JavaFileObject file = modelWith("String " + name + "();");

        assertOnlyError(compile(file), Message.RESERVED_NAME, file, "String " + name + "();", name + "()");
    }

    @Test
    void reservedNameKeepsTheJsonNameInTheAdvice() {
        JavaFileObject file = modelWith("@JsonProperty(\"builderName\") String builder();");

        assertOnlyError(
                compile(file), Message.RESERVED_NAME, file, "String builder();", "@JsonProperty(\"builderName\")");
    }

    /**
     * An interface may redeclare Object's {@code hashCode()}, {@code toString()} and {@code equals(Object)} (to give
     * them javadoc); they are no fields, so the DTO is generated without them.
     */
    @Test
    void redeclaredObjectMethodsAreNotFields() throws Exception {
        JavaFileObject file = modelWith("int hashCode();", "String toString();", "boolean equals(Object other);");

        Compilation compilation = compile(file);

        assertThat(compilation).succeededWithoutWarnings();
        String dto = compilation
                .generatedSourceFile("test.Thing")
                .orElseThrow()
                .getCharContent(true)
                .toString();
        org.assertj.core.api.Assertions.assertThat(dto)
                .contains("@JsonPropertyOrder({\"name\", \"count\"})")
                .doesNotContain("private final Integer hashCode;");
    }

    @Test
    void reservedNameInheritedFromASuperInterfaceIsReportedOnTheDeclaration() {
        JavaFileObject base = source("Base", "public interface Base {", "    String build();", "}");
        JavaFileObject file = source(
                "ThingModel", "@CoreModel", "public interface ThingModel extends Base {", "    String name();", "}");

        Compilation compilation = compile(file, base);

        assertOnlyError(compilation, Message.RESERVED_NAME, file, "interface ThingModel", "Base.build()");
    }

    // CK125: a type that never appears.

    @Test
    void typeThatDoesNotExist() {
        JavaFileObject file = modelWith("Missing missing();");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNRESOLVED_TYPE))
                .inFile(file)
                .onLineContaining("Missing missing();");
        // javac itself reports the unknown symbol; corekit adds only its own CK125.
        assertCorekitErrorCount(compilation, 1);
        assertThat(compilation)
                .hadErrorContaining("cannot find symbol")
                .inFile(file)
                .onLineContaining("Missing missing();");
        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining("missing() refers to Missing");
    }

    @Test
    void typeThatDoesNotExistInsideAList() {
        JavaFileObject file = modelWith("List<Missing> missings();");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNRESOLVED_TYPE))
                .inFile(file)
                .onLineContaining("List<Missing> missings();");
        assertCorekitErrorCount(compilation, 1);
    }

    @Test
    void typeGeneratedFromAnotherDeclarationIsNotMissing() {
        JavaFileObject address =
                source("AddressModel", "@CoreModel", "public interface AddressModel {", "    String street();", "}");
        JavaFileObject file = modelWith("Address address();", "List<Address> addresses();");

        Compilation compilation = compile(file, address);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Thing");
        assertThat(compilation).generatedSourceFile("test.Address");
    }

    @Test
    void fieldOfTheDeclarationsOwnDtoIsNotMissing() {
        JavaFileObject file = modelWith("Thing parent();", "List<Thing> children();");

        Compilation compilation = compile(file);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Thing");
    }

    // CK126: a JavaBeans getter name is the JSON name as written; a warning, the declaration still generates.

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "String getTitle();   | getTitle() maps to the JSON property \"getTitle\", not \"title\"| title()",
                "Integer getURL();    | getURL() maps to the JSON property \"getURL\", not \"URL\"      | URL()",
            })
    void javaBeansGetterIsAWarningOnItsLine(String accessor, String text, String advice) {
        JavaFileObject file = modelWith(accessor);

        Compilation compilation = compile(file);

        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation)
                .hadWarningContaining(tag(Message.BEAN_GETTER))
                .inFile(file)
                .onLineContaining(accessor);
        assertThat(compilation).hadWarningContaining(text);
        assertThat(compilation).hadWarningContaining("name the accessor " + advice);
        assertThat(compilation).hadWarningContaining("@JsonProperty(");
        assertThat(compilation).generatedSourceFile("test.Thing");
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(
            strings = {
                "@JsonProperty(\"title\") String getTitle();",
                "@JsonProperty(\"getTitle\") String getTitle();",
                "String title();",
                "String get();",
                "String getaway();",
                "Boolean isActive();"
            })
    void noWarningWithoutAJavaBeansGetterOrWithJsonProperty(String accessor) {
        Compilation compilation = compile(modelWith(accessor));

        assertThat(compilation).succeededWithoutWarnings();
    }
}
