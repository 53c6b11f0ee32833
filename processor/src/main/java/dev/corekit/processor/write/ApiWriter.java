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
        String one = Words.readable(dto.simpleName());
        String many = Words.readable(Plurals.plural(dto.simpleName()));
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(model.api())
                .addOriginatingElement(model.element())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(typeJavadoc(model))
                .addAnnotation(Classes.generated())
                .addAnnotation(Classes.NULL_MARKED)
                .addAnnotation(headers("Accept: application/json"));

        if (model.has(Operation.LIST)) {
            type.addMethod(MethodSpec.methodBuilder("list")
                    .addJavadoc(
                            "Lists $L with query parameters already percent-encoded; prefer {@link #list($T)}.\n\n"
                                    + "@param query the query parameters, encoded\n"
                                    + "@return one page of $L; empty past the last page\n",
                            many,
                            Classes.CORE_QUERY,
                            many)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("GET " + path, false))
                    .addParameter(queryMap("query"))
                    .returns(list)
                    .build());
            type.addMethod(MethodSpec.methodBuilder("list")
                    .addJavadoc(
                            "Lists one page of $L matching {@code query} ({@code GET $L}).\n\n"
                                    + "@param query the filter, order and page\n"
                                    + "@return the $L of the page; empty past the last page\n",
                            many,
                            path,
                            many)
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .addParameter(Classes.CORE_QUERY, "query")
                    .returns(list)
                    .addStatement("return list(query.toEncodedQueryMap())")
                    .build());
            type.addMethod(MethodSpec.methodBuilder("stream")
                    .addJavadoc(
                            "Streams every $L matching {@code query}, fetching page after page lazily\n"
                                    + "({@code page=N,SIZE}) until a page is empty, short or answered with 204.\n\n"
                                    + "@param query the filter and order, and the size of the pages to fetch\n"
                                    + "@return the $L, fetched as the stream is consumed\n",
                            one,
                            many)
                    .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                    .addParameter(Classes.CORE_QUERY, "query")
                    .returns(ParameterizedTypeName.get(ClassName.get(Stream.class), dto))
                    .addStatement("return $T.stream(query, page -> list(page))", Classes.PAGES)
                    .build());
        }
        String item = model.single() ? path : path + "/{id}";
        // A single resource is "the company"; one of a collection is "an activity".
        String which = model.single() ? "the " + one : Words.withArticle(one);
        String idDoc = "@param id the $L's id\n";
        String answer = "or {@code null} when CORE answers without a body";
        if (model.has(Operation.GET)) {
            MethodSpec.Builder get = MethodSpec.methodBuilder("get")
                    .addJavadoc("Reads $L ({@code GET $L}).\n\n", which, item)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("GET " + item, !model.single()))
                    .returns(dto.annotated(Classes.nullable()));
            addId(model, get, idDoc, one);
            type.addMethod(get.addJavadoc("@return the $L, $L\n", one, answer).build());
        }
        if (model.has(Operation.CREATE)) {
            type.addMethod(MethodSpec.methodBuilder("create")
                    .addJavadoc(
                            "Creates $L ({@code POST $L}).\n\n@param body the $L to create\n"
                                    + "@return the $L as CORE stored it, $L\n",
                            Words.withArticle(one),
                            path,
                            one,
                            one,
                            answer)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("POST " + path, false))
                    .addAnnotation(headers("Content-Type: application/json"))
                    .addParameter(dto, "body")
                    .returns(dto.annotated(Classes.nullable()))
                    .build());
        }
        if (model.has(Operation.UPDATE)) {
            MethodSpec.Builder update = MethodSpec.methodBuilder("update")
                    .addJavadoc("Replaces $L ({@code PUT $L}).\n\n", which, item)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("PUT " + item, !model.single()))
                    .addAnnotation(headers("Content-Type: application/json"))
                    .returns(dto.annotated(Classes.nullable()));
            addId(model, update, idDoc, one);
            type.addMethod(update.addParameter(dto, "body")
                    .addJavadoc("@param body the $L as it is to be stored\n", one)
                    .addJavadoc("@return the $L as CORE stored it, $L\n", one, answer)
                    .build());
        }
        if (model.has(Operation.DELETE)) {
            MethodSpec.Builder delete = MethodSpec.methodBuilder("delete")
                    .addJavadoc("Deletes $L ({@code DELETE $L}).\n", which, item)
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addAnnotation(requestLine("DELETE " + item, true));
            if (!model.single()) {
                delete.addJavadoc("\n");
            }
            addId(model, delete, idDoc, one);
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
        raw.addJavadoc(endpointJavadoc(endpoint, path, false));
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
        TypeName returned = endpointReturn(endpoint);
        if (returned != null) {
            raw.returns(returned);
        }
        type.addMethod(raw.build());
        if (!endpoint.hasQuery()) {
            return;
        }
        MethodSpec.Builder typed = MethodSpec.methodBuilder(endpoint.name())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc(endpointJavadoc(endpoint, path, true));
        for (EndpointModel.Parameter parameter : endpoint.parameters()) {
            typed.addParameter(
                    parameter.role() == EndpointModel.Role.QUERY ? Classes.CORE_QUERY : parameter.type(),
                    parameter.name());
        }
        CodeBlock call = CodeBlock.of("$N($L)", endpoint.name(), CodeBlock.join(arguments, ", "));
        if (returned != null) {
            typed.returns(returned).addStatement("return $L", call);
        } else {
            typed.addStatement("$L", call);
        }
        type.addMethod(typed.build());
    }

    /**
     * What an endpoint method returns: a list as declared (an empty body is an empty list), any other object
     * {@code @Nullable} (an empty body is {@code null}); {@code null} for void.
     */
    private static TypeName endpointReturn(EndpointModel endpoint) {
        TypeName type = endpoint.returnType();
        if (type == null || type.isPrimitive() || isList(type)) {
            return type;
        }
        return type.annotated(Classes.nullable());
    }

    private static boolean isList(TypeName type) {
        return type instanceof ParameterizedTypeName parameterized
                && parameterized.rawType().equals(ClassName.get(List.class));
    }

    /**
     * The declaration's javadoc of an endpoint, the request line after its description, and the {@code @param} and
     * {@code @return} tags it lacks.
     */
    private static CodeBlock endpointJavadoc(EndpointModel endpoint, String path, boolean typed) {
        String javadoc = endpoint.javadoc();
        int tags = blockTagsStart(javadoc);
        String description = javadoc.substring(0, tags).strip();
        String blockTags = javadoc.substring(tags).strip();
        CodeBlock.Builder doc = CodeBlock.builder();
        if (typed) {
            doc.add(
                    "{@code $L $L} with the query given as a {@link $T}.\n",
                    endpoint.httpMethod(),
                    path,
                    Classes.CORE_QUERY);
        } else {
            if (!description.isEmpty()) {
                doc.add("$L\n\n<p>", description);
            }
            doc.add("{@code $L $L}\n", endpoint.httpMethod(), path);
        }
        doc.add("\n");
        if (!blockTags.isEmpty()) {
            doc.add("$L\n", blockTags);
        }
        for (EndpointModel.Parameter parameter : endpoint.parameters()) {
            if (!blockTags.matches("(?s).*@param\\s+" + parameter.name() + "\\b.*")) {
                doc.add("@param $N $L\n", parameter.name(), parameterDoc(parameter, typed));
            }
        }
        if (endpoint.returnType() != null && !blockTags.contains("@return")) {
            doc.add(
                    isList(endpoint.returnType())
                            ? "@return what CORE answers; empty for an empty answer\n"
                            : "@return what CORE answers, or {@code null} when it answers without a body\n");
        }
        return doc.build();
    }

    private static String parameterDoc(EndpointModel.Parameter parameter, boolean typed) {
        return switch (parameter.role()) {
            case PATH -> "the {@code " + parameter.name() + "} of the path";
            case QUERY -> typed ? "the query parameters" : "the query parameters, already percent-encoded";
            case BODY -> "the request's body";
        };
    }

    /** Where the block tags ({@code @param ...}) of a javadoc start: its length when it has none. */
    private static int blockTagsStart(String javadoc) {
        int offset = 0;
        for (String line : javadoc.split("\n", -1)) {
            if (line.strip().startsWith("@")) {
                return offset;
            }
            offset += line.length() + 1;
        }
        return javadoc.length();
    }

    private static void addId(DeclarationModel model, MethodSpec.Builder method, String idDoc, String one) {
        if (!model.single()) {
            method.addJavadoc(idDoc, one);
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
                "The CORE client for {@code $L}: a Feign interface, reached through\n"
                        + "{@code CoreClient.api($L.class)}.\nGenerated by corekit from {@code $L}.\n",
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
