package dev.corekit.processor.errors;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.corekit.processor.errors.Declarations.assertCorekitErrorCount;
import static dev.corekit.processor.errors.Declarations.assertOnlyError;
import static dev.corekit.processor.errors.Declarations.compile;
import static dev.corekit.processor.errors.Declarations.source;
import static dev.corekit.processor.errors.Declarations.tag;

import com.google.testing.compile.Compilation;
import dev.corekit.processor.check.Message;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** CK130-CK138: @CoreEndpoint methods; each error sits on the attribute, parameter or method that is wrong. */
class EndpointErrorsTest {

    /** A valid resource holding {@code endpoint}, one element per line. */
    private static JavaFileObject resourceWith(String... endpoint) {
        List<String> lines = new ArrayList<>();
        lines.add("@CoreResource(path = \"project\")");
        lines.add("public interface ProjectResource extends CoreEntity {");
        lines.add("    String code();");
        for (String line : endpoint) {
            lines.add("    " + line);
        }
        lines.add("}");
        return source("ProjectResource", lines.toArray(String[]::new));
    }

    @Test
    void validEndpointsCompile() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/activities\")",
                "List<JsonNode> activities(UUID id, CoreQuery query);",
                "@CoreEndpoint(method = HttpMethod.POST, path = \"batch\")",
                "JsonNode batch(List<ProjectResource> projects);",
                "@CoreEndpoint(method = HttpMethod.DELETE, path = \"{id}/parts/{partId}\")",
                "void removePart(UUID id, long partId);");

        Compilation compilation = compile(file);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ProjectApi");
    }

    @Test
    void endpointsReturningTheResourcesOwnDtoCompile() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.POST, path = \"{id}/run\")",
                "Project run(UUID id);",
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/history\")",
                "List<Project> history(UUID id, CoreQuery query);",
                "@CoreEndpoint(method = HttpMethod.POST, path = \"copy\")",
                "Project copy(Project source);");

        Compilation compilation = compile(file);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.Project");
        assertThat(compilation).generatedSourceFile("test.ProjectApi");
    }

    /** {@code ProjectResource} with an endpoint returning {@code List<Activity>}, and {@code ActivityResource}. */
    private static JavaFileObject[] projectAndActivity(String activityMember) {
        JavaFileObject project = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/activities\")",
                "List<Activity> activities(UUID id);");
        JavaFileObject activity = source(
                "ActivityResource",
                "@CoreResource(path = \"activity\")",
                "public interface ActivityResource extends CoreEntity {",
                "    " + activityMember,
                "}");
        return new JavaFileObject[] {project, activity};
    }

    @Test
    void resourcesReturningEachOthersDtosCompile() {
        JavaFileObject[] files = projectAndActivity(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/project\") Project project(UUID id);");
        JavaFileObject project = files[0];
        JavaFileObject activity = files[1];

        Compilation compilation = compile(project, activity);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("test.ProjectApi");
        assertThat(compilation).generatedSourceFile("test.ActivityApi");
    }

    @Test
    void endpointReturningTheDtoOfABrokenDeclarationIsNotGenerated() {
        JavaFileObject[] files = projectAndActivity("java.io.File file();");
        JavaFileObject project = files[0];
        JavaFileObject activity = files[1];

        Compilation compilation = compile(project, activity);

        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(tag(Message.UNSUPPORTED_TYPE))
                .inFile(activity)
                .onLineContaining("java.io.File file();");
        // javac reports the DTO that is never generated; corekit adds nothing on ProjectResource.
        assertCorekitErrorCount(compilation, 1);
        assertThat(compilation)
                .hadErrorContaining("cannot find symbol")
                .inFile(project)
                .onLineContaining("List<Activity> activities(UUID id);");
        assertThat(compilation).hadErrorCount(2);
    }

    // CK130

    @ParameterizedTest
    @ValueSource(strings = {"{id}/acti vities", "/batch", "batch/", "{id}//x", "https://x/batch", "batch?x=1"})
    void invalidEndpointPath(String path) {
        // POST, so that id is a valid body wherever the path has no {id}: the path is the only problem.
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(",
                "        method = HttpMethod.POST,",
                "        path = \"" + path + "\")",
                "List<JsonNode> activities(UUID id);");

        assertOnlyError(compile(file), Message.ENDPOINT_PATH_INVALID, file, "path = \"" + path + "\"", path);
    }

    @Test
    void emptyEndpointPath() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(", "        method = HttpMethod.POST,", "        path = \"\")", "JsonNode run();");

        assertOnlyError(compile(file), Message.ENDPOINT_PATH_INVALID, file, "path = \"\"");
    }

    // CK131

    @Test
    void pathVariableWithoutAParameter() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(",
                "        method = HttpMethod.GET,",
                "        path = \"{projectId}/activities\")",
                "List<JsonNode> activities(CoreQuery query);");

        assertOnlyError(
                compile(file),
                Message.ENDPOINT_UNBOUND_VARIABLE,
                file,
                "path = \"{projectId}/activities\"",
                "{projectId}");
    }

    @Test
    void pathVariableWhoseParameterIsSpelledDifferently() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(",
                "        method = HttpMethod.DELETE,",
                "        path = \"{id}\")",
                "void remove(UUID projectId);");

        Compilation compilation = compile(file);

        // projectId is not {id}: it is taken as a body, which DELETE cannot send, and {id} stays unbound.
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining(Declarations.tag(Message.ENDPOINT_UNBOUND_VARIABLE))
                .inFile(file)
                .onLineContaining("path = \"{id}\"");
        assertThat(compilation)
                .hadErrorContaining(Declarations.tag(Message.ENDPOINT_BODY_NOT_ALLOWED))
                .inFile(file)
                .onLineContaining("void remove(UUID projectId);");
        assertThat(compilation).hadErrorCount(2);
    }

    // CK132

    @Test
    void twoBodyParameters() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.POST, path = \"merge\")",
                "JsonNode merge(",
                "        JsonNode first,",
                "        JsonNode second);");

        assertOnlyError(compile(file), Message.ENDPOINT_EXTRA_PARAMETER, file, "JsonNode second", "second", "first");
    }

    // CK133

    @ParameterizedTest
    @ValueSource(strings = {"list", "get", "stream", "create", "update", "delete"})
    void endpointNamedLikeAStandardMethod(String name) {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/extra\")",
                "JsonNode " + name + "(UUID id, CoreQuery query);");

        assertOnlyError(
                compile(file),
                Message.ENDPOINT_NAME_CLASH,
                file,
                "JsonNode " + name + "(UUID id, CoreQuery query);",
                name + "()",
                "ProjectApi");
    }

    @Test
    void endpointWithABadPathNamedLikeAStandardMethodReportsBoth() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"/extra\")", "JsonNode get(CoreQuery query);");

        Compilation compilation = compile(file);

        assertThat(compilation)
                .hadErrorContaining(tag(Message.ENDPOINT_PATH_INVALID))
                .inFile(file)
                .onLineContaining("path = \"/extra\"");
        assertThat(compilation)
                .hadErrorContaining(tag(Message.ENDPOINT_NAME_CLASH))
                .inFile(file)
                .onLineContaining("JsonNode get(CoreQuery query);");
        assertCorekitErrorCount(compilation, 2);
    }

    // CK134

    @ParameterizedTest
    @ValueSource(strings = {"GET", "DELETE"})
    void bodyOnAMethodWithoutOne(String method) {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod." + method + ", path = \"search\")",
                "JsonNode search(",
                "        JsonNode filter);");

        assertOnlyError(compile(file), Message.ENDPOINT_BODY_NOT_ALLOWED, file, "JsonNode filter", method, "filter");
    }

    // CK135

    @ParameterizedTest
    @ValueSource(strings = {"Double", "double", "BigDecimal", "JsonNode"})
    void pathVariableOfAnUnsupportedType(String type) {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/activities\")",
                "List<JsonNode> activities(",
                "        " + type + " id);");

        assertOnlyError(compile(file), Message.ENDPOINT_VARIABLE_TYPE, file, type + " id);", "path variable id");
    }

    // CK136

    @Test
    void endpointInAModel() {
        JavaFileObject file = source(
                "AddressModel",
                "@CoreModel",
                "public interface AddressModel {",
                "    String street();",
                "    @CoreEndpoint(method = HttpMethod.GET, path = \"{id}/lines\")",
                "    List<JsonNode> lines(UUID id);",
                "}");

        assertOnlyError(
                compile(file), Message.ENDPOINT_ON_MODEL, file, "List<JsonNode> lines(UUID id);", "AddressModel");
    }

    // CK137

    @Test
    void endpointReturningAnUnsupportedType() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/file\")", "java.io.File file(UUID id);");

        assertOnlyError(
                compile(file),
                Message.ENDPOINT_RETURN_TYPE,
                file,
                "java.io.File file(UUID id);",
                "file()",
                "java.io.File");
    }

    @Test
    void endpointTakingAnUnsupportedBody() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.POST, path = \"upload\")",
                "JsonNode upload(",
                "        java.io.File file);");

        assertOnlyError(
                compile(file), Message.ENDPOINT_BODY_TYPE, file, "java.io.File file);", "parameter file of upload()");
    }

    // CK138

    @Test
    void twoQueryParameters() {
        JavaFileObject file = resourceWith(
                "@CoreEndpoint(method = HttpMethod.GET, path = \"{id}/activities\")",
                "List<JsonNode> activities(",
                "        UUID id,",
                "        CoreQuery query,",
                "        CoreQuery again);");

        assertOnlyError(compile(file), Message.ENDPOINT_DUPLICATE_QUERY, file, "CoreQuery again", "activities()");
    }
}
