package dev.corekit.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.lang.model.element.Modifier;

/**
 * Writes the Feign client {@code FooApi} of a resource: {@code @RequestLine} methods that plain {@code Feign.builder()}
 * with a Jackson encoder and decoder can target, plus default methods taking a {@code CoreQuery}.
 */
public final class ApiWriter {
    private static final TypeName QUERY_MAP = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

    private ApiWriter() {}

    public static JavaFile write(DeclarationModel model) {
        ClassName dto = model.dto();
        TypeName list = ParameterizedTypeName.get(ClassName.get(List.class), dto);
        String path = "/" + model.path();
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.api())
                .addOriginatingElement(model.element())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(typeJavadoc(model))
                .addAnnotation(Classes.generated())
                .addAnnotation(headers("Accept: application/json"));

        if (model.has(Operation.LIST)) {
            type.addMethod(MethodSpec.methodBuilder("list")
                    .addJavadoc(
                            "Lists {@code $L} with the query parameters as given; prefer {@link #list($T)}.\n",
                            model.path(),
                            Classes.CORE_QUERY)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("GET " + path, false))
                    .addParameter(queryMap("query"))
                    .returns(list)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("list")
                    .addJavadoc(
                            "Lists one page of {@code $L} matching {@code query} ({@code GET $L}).\n",
                            model.path(),
                            path)
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .addParameter(Classes.CORE_QUERY, "query")
                    .returns(list)
                    .addStatement("return list(query.toEncodedQueryMap())")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("stream")
                    .addJavadoc(
                            "Streams every {@code $L} matching {@code query}, fetching page after page lazily\n"
                                    + "({@code page=N,SIZE}) until a page is empty, short or answered with 204.\n",
                            model.path())
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .addParameter(Classes.CORE_QUERY, "query")
                    .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), dto))
                    .addStatement("return $T.stream(query, page -> list(page))", Classes.PAGES)
                    .build());
        }
        String item = model.single() ? path : path + "/{id}";
        if (model.has(Operation.GET)) {
            MethodSpec.Builder get = MethodSpec.methodBuilder("get")
                    .addJavadoc("Reads the {@code $L} ({@code GET $L}).\n", model.path(), item)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("GET " + item, !model.single()))
                    .returns(dto);
            addId(model, get);
            type.addMethod(get.build());
        }
        if (model.has(Operation.CREATE)) {
            type.addMethod(MethodSpec.methodBuilder("create")
                    .addJavadoc(
                            "Creates a {@code $L} ({@code POST $L}) and returns it as CORE stored it.\n",
                            model.path(),
                            path)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("POST " + path, false))
                    .addAnnotation(headers("Content-Type: application/json"))
                    .addParameter(dto, "body")
                    .returns(dto)
                    .build());
        }
        if (model.has(Operation.UPDATE)) {
            MethodSpec.Builder update = MethodSpec.methodBuilder("update")
                    .addJavadoc(
                            "Replaces the {@code $L} ({@code PUT $L}) and returns it as CORE stored it.\n",
                            model.path(),
                            item)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("PUT " + item, !model.single()))
                    .addAnnotation(headers("Content-Type: application/json"))
                    .returns(dto);
            addId(model, update);
            type.addMethod(update.addParameter(dto, "body").build());
        }
        if (model.has(Operation.DELETE)) {
            MethodSpec.Builder delete = MethodSpec.methodBuilder("delete")
                    .addJavadoc("Deletes the {@code $L} ({@code DELETE $L}).\n", model.path(), item)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("DELETE " + item, true));
            addId(model, delete);
            type.addMethod(delete.build());
        }
        for (EndpointModel endpoint : model.endpoints()) {
            endpoint(type, model, endpoint);
        }
        return JavaFile.builder(model.api().packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static void endpoint(TypeSpec.Builder type, DeclarationModel model, EndpointModel endpoint) {
        String path = "/" + model.path() + "/" + endpoint.path();
        boolean variables = endpoint.parameters().stream().anyMatch(p -> p.role() == EndpointModel.Role.PATH);
        MethodSpec.Builder raw = MethodSpec.methodBuilder(endpoint.name())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addAnnotation(requestLine(endpoint.httpMethod() + " " + path, variables));
        if (!endpoint.javadoc().isEmpty()) {
            raw.addJavadoc("$L", endpoint.javadoc());
        }
        raw.addJavadoc("<p>{@code $L $L}\n", endpoint.httpMethod(), path);
        if (endpoint.parameters().stream().anyMatch(p -> p.role() == EndpointModel.Role.BODY)) {
            raw.addAnnotation(headers("Content-Type: application/json"));
        }
        List<CodeBlock> arguments = new ArrayList<>();
        for (EndpointModel.Parameter parameter : endpoint.parameters()) {
            switch (parameter.role()) {
                case PATH:
                    raw.addParameter(ParameterSpec.builder(parameter.type(), parameter.name())
                            .addAnnotation(pathParam(parameter.name()))
                            .build());
                    arguments.add(CodeBlock.of("$N", parameter.name()));
                    break;
                case QUERY:
                    raw.addParameter(queryMap(parameter.name()));
                    arguments.add(CodeBlock.of("$N.toEncodedQueryMap()", parameter.name()));
                    break;
                default:
                    raw.addParameter(parameter.type(), parameter.name());
                    arguments.add(CodeBlock.of("$N", parameter.name()));
                    break;
            }
        }
        if (endpoint.returnType() != null) {
            raw.returns(endpoint.returnType());
        }
        type.addMethod(raw.build());
        if (!endpoint.hasQuery()) {
            return;
        }
        MethodSpec.Builder typed = MethodSpec.methodBuilder(endpoint.name())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc(
                        "{@code $L $L} with the query given as a {@link $T}.\n",
                        endpoint.httpMethod(),
                        path,
                        Classes.CORE_QUERY);
        for (EndpointModel.Parameter parameter : endpoint.parameters()) {
            typed.addParameter(
                    parameter.role() == EndpointModel.Role.QUERY ? Classes.CORE_QUERY : parameter.type(),
                    parameter.name());
        }
        CodeBlock call = CodeBlock.of("$N($L)", endpoint.name(), CodeBlock.join(arguments, ", "));
        if (endpoint.returnType() != null) {
            typed.returns(endpoint.returnType()).addStatement("return $L", call);
        } else {
            typed.addStatement("$L", call);
        }
        type.addMethod(typed.build());
    }

    private static void addId(DeclarationModel model, MethodSpec.Builder method) {
        if (!model.single()) {
            method.addParameter(ParameterSpec.builder(model.idType(), "id")
                    .addAnnotation(pathParam("id"))
                    .build());
        }
    }

    private static CodeBlock typeJavadoc(DeclarationModel model) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!model.javadoc().isEmpty()) {
            doc.add("$L\n<p>", model.javadoc());
        }
        doc.add(
                "The CORE client for {@code $L}: a Feign interface, reached through {@code CoreClient.api($L.class)}.\n"
                        + "Generated by corekit from {@code $L}.\n",
                model.path(),
                model.api().simpleName(),
                model.element().getQualifiedName().toString());
        return doc.build();
    }

    private static AnnotationSpec requestLine(String line, boolean encodeSlash) {
        AnnotationSpec.Builder annotation =
                AnnotationSpec.builder(Classes.REQUEST_LINE).addMember("value", "$S", line);
        if (encodeSlash) {
            // A '/' inside an id must stay inside its path segment.
            annotation.addMember("decodeSlash", "false");
        }
        return annotation.build();
    }

    /** A path variable, encoded by corekit so that Feign cannot mistake a value like {@code a%2Fb} for encoded. */
    private static AnnotationSpec pathParam(String name) {
        return AnnotationSpec.builder(Classes.PARAM)
                .addMember("value", "$S", name)
                .addMember("expander", "$T.class", Classes.PATH_SEGMENT_EXPANDER)
                .build();
    }

    private static AnnotationSpec headers(String header) {
        return AnnotationSpec.builder(Classes.HEADERS)
                .addMember("value", "$S", header)
                .build();
    }

    private static ParameterSpec queryMap(String name) {
        // corekit percent-encodes the values itself (CoreQuery.toEncodedQueryMap); Feign leaves encoded text as it
        // is, so the deprecated encoded = true is not needed.
        return ParameterSpec.builder(QUERY_MAP, name)
                .addAnnotation(Classes.QUERY_MAP)
                .build();
    }
}
