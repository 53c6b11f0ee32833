package dev.corekit.processor.errors;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.corekit.processor.errors.Declarations.assertMentions;
import static dev.corekit.processor.errors.Declarations.assertOnlyError;
import static dev.corekit.processor.errors.Declarations.compile;
import static dev.corekit.processor.errors.Declarations.errorCount;
import static dev.corekit.processor.errors.Declarations.source;
import static dev.corekit.processor.errors.Declarations.tag;

import com.google.testing.compile.Compilation;
import dev.corekit.processor.check.Message;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** CK110-CK113: the attributes of @CoreResource; each error sits on the attribute that is wrong. */
class ResourceAttributeErrorsTest {

    /** A resource with a good id and field, whose path attribute sits alone on its own line. */
    private static JavaFileObject resourceWithPath(String path) {
        return source(
                "FooResource",
                "@CoreResource(",
                "        path = \"" + path.replace("\\", "\\\\").replace("\"", "\\\"") + "\")",
                "public interface FooResource extends CoreEntity {",
                "    String code();",
                "}");
    }

    @Test
    void emptyPath() {
        JavaFileObject file = resourceWithPath("");

        assertOnlyError(compile(file), Message.PATH_EMPTY, file, "path = \"\"");
    }

    @ParameterizedTest(name = "[{index}] \"{0}\" ({1})")
    @CsvSource(
            delimiter = '|',
            value = {
                "https://api.bqecore.com/api/activity | scheme",
                "//host/activity                      | host",
                "api.bqecore.com/activity             | host",
                "activity?x=1                         | query",
                "my activity                          | whitespace",
                "activity#x                           | fragment",
                "/activity                            | starts with '/'",
                "activity/                            | ends with '/'",
                "crm//lead                            | empty segment",
                "act%ivity                            | '%'",
            })
    void invalidPath(String path, String reason) {
        JavaFileObject file = resourceWithPath(path);

        Compilation compilation = compile(file);

        // The error points at the attribute's value, not at the annotation or the interface.
        assertOnlyError(compilation, Message.PATH_INVALID, file, "path = \"" + path + "\"", "\"" + path + "\"");
        assertMentions(compilation, Message.PATH_INVALID, reason);
    }

    @ParameterizedTest
    @ValueSource(strings = {"activity", "crm/lead", "time-entry", "setting_x/v2"})
    void validPathCompiles(String path) {
        Compilation compilation = compile(resourceWithPath(path));

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.FooApi");
    }

    // CK112: get, update and delete address one object by its id.

    @ParameterizedTest
    @ValueSource(strings = {"GET", "UPDATE", "DELETE"})
    void operationNeedsAnId(String operation) {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(",
                "        path = \"foo\",",
                "        operations = {Operation.LIST, Operation." + operation + "})",
                "public interface FooResource {",
                "    String code();",
                "}");

        assertOnlyError(compile(file), Message.OPERATION_NEEDS_ID, file, "operations = {", operation);
    }

    @Test
    void defaultOperationsWithoutAnIdReportEachOperationThatNeedsOne() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(path = \"foo\")",
                "public interface FooResource {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.OPERATION_NEEDS_ID))
                .inFile(file)
                .onLineContaining("@CoreResource(path = \"foo\")");
        assertThat(compilation).hadErrorCount(3);
        assertThat(errorCount(compilation, Message.OPERATION_NEEDS_ID)).isEqualTo(3);
        assertMentions(compilation, Message.OPERATION_NEEDS_ID, "GET", "UPDATE", "DELETE");
    }

    @Test
    void listAndCreateNeedNoId() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(",
                "        path = \"foo\",",
                "        operations = {Operation.LIST, Operation.CREATE})",
                "public interface FooResource {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Foo");
        assertThat(compilation).generatedSourceFile("test.FooApi");
    }

    @Test
    void ownIdAccessorSatisfiesGet() {
        JavaFileObject file = source(
                "FooResource",
                "@CoreResource(",
                "        path = \"foo\",",
                "        operations = {Operation.GET, Operation.UPDATE, Operation.DELETE})",
                "public interface FooResource {",
                "    long id();",
                "    String code();",
                "}");

        assertThat(compile(file)).succeededWithoutWarnings();
    }

    // CK113: a single resource has only GET and UPDATE.

    @ParameterizedTest
    @ValueSource(strings = {"LIST", "CREATE", "DELETE"})
    void singleResourceWithACollectionOperation(String operation) {
        JavaFileObject file = source(
                "SettingResource",
                "@CoreResource(",
                "        path = \"setting\",",
                "        single = true,",
                "        operations = {Operation.GET, Operation." + operation + "})",
                "public interface SettingResource {",
                "    String code();",
                "}");

        assertOnlyError(compile(file), Message.SINGLE_OPERATION, file, "operations = {", operation);
    }

    @Test
    void singleResourceWithDefaultOperations() {
        JavaFileObject file = source(
                "SettingResource",
                "@CoreResource(path = \"setting\", single = true)",
                "public interface SettingResource {",
                "    String code();",
                "}");

        Compilation compilation = compile(file);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.SINGLE_OPERATION))
                .inFile(file)
                .onLineContaining("@CoreResource(path = \"setting\", single = true)");
        assertThat(compilation).hadErrorCount(3);
        assertMentions(compilation, Message.SINGLE_OPERATION, "LIST", "CREATE", "DELETE");
    }

    @Test
    void singleResourceWithGetAndUpdateNeedsNoId() {
        JavaFileObject file = source(
                "SettingResource",
                "@CoreResource(",
                "        path = \"setting\",",
                "        single = true,",
                "        operations = {Operation.GET, Operation.UPDATE})",
                "public interface SettingResource {",
                "    String code();",
                "}");

        assertThat(compile(file)).succeededWithoutWarnings();
    }
}
