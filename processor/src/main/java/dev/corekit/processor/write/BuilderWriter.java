package dev.corekit.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/** Writes the nested {@code Builder} of a DTO; Jackson builds DTOs through it too. */
final class BuilderWriter {
    private static final ClassName STRING = ClassName.get(String.class);

    private BuilderWriter() {}

    static TypeSpec write(DeclarationModel model, ClassName builder) {
        ClassName dto = model.dto();
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        "Builds {@link $T}. A setter given {@code null} makes the field an explicit JSON {@code null};\n"
                                + "a field whose setter is never called is left out of the JSON.\n",
                        dto)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(AnnotationSpec.builder(Classes.JSON_POJO_BUILDER)
                        .addMember("withPrefix", "$S", "")
                        .addMember("buildMethodName", "$S", "build")
                        .build())
                .addAnnotation(Classes.explicitJsonOnly());
        for (FieldModel field : model.fields()) {
            type.addField(field.type().storage(), field.name(), Modifier.PRIVATE);
        }
        type.addField(ParameterizedTypeName.get(ClassName.get(Set.class), STRING), "$nulls", Modifier.PRIVATE);
        type.addField(
                ParameterizedTypeName.get(ClassName.get(Map.class), STRING, Classes.JSON_NODE),
                "$unknown",
                Modifier.PRIVATE);
        type.addField(FieldSpec.builder(TypeName.BOOLEAN, "$shared", Modifier.PRIVATE)
                .addJavadoc(
                        "Set by {@link #build()}: {@code $$nulls} and {@code $$unknown} now belong to a built object"
                                + " too,\nso they are copied before they change.\n")
                .build());

        type.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(dto, "source");
        for (FieldModel field : model.fields()) {
            copy.addStatement("this.$N = source.$N", field.name(), field.name());
        }
        copy.beginControlFlow("if (!source.$$nulls.isEmpty())")
                .addStatement("this.$$nulls = new $T<>(source.$$nulls)", HashSet.class)
                .endControlFlow()
                .beginControlFlow("if (!source.$$unknown.isEmpty())")
                .addStatement("this.$$unknown = new $T<>(source.$$unknown)", LinkedHashMap.class)
                .endControlFlow();
        type.addMethod(copy.build());

        for (FieldModel field : model.fields()) {
            type.addMethod(setter(field, builder));
            TypeRef tolerant = field.type().tolerantEnum();
            if (tolerant != null) {
                type.addMethod(enumJsonSetter(field, tolerant, builder, dto));
            }
        }
        type.addMethod(MethodSpec.methodBuilder("$mark")
                .addModifiers(Modifier.PRIVATE)
                .addParameter(STRING, "json")
                .addParameter(TypeName.BOOLEAN, "isNull")
                .beginControlFlow("if (this.$$shared)")
                .addStatement("$$own()")
                .endControlFlow()
                .beginControlFlow("if (isNull)")
                .beginControlFlow("if (this.$$nulls == null)")
                .addStatement("this.$$nulls = new $T<>()", HashSet.class)
                .endControlFlow()
                .addStatement("this.$$nulls.add(json)")
                .nextControlFlow("else if (this.$$nulls != null)")
                .addStatement("this.$$nulls.remove(json)")
                .endControlFlow()
                .beginControlFlow("if (this.$$unknown != null)")
                .addStatement("this.$$unknown.remove(json)")
                .endControlFlow()
                .build());
        type.addMethod(MethodSpec.methodBuilder("$putUnknown")
                .addJavadoc("Keeps a property the declaration does not know, to be written back.\n")
                .addAnnotation(Classes.JSON_ANY_SETTER)
                .addAnnotation(Classes.exactJson("contentUsing"))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(STRING, "name")
                .addParameter(Classes.JSON_NODE, "value")
                .beginControlFlow("if (this.$$shared)")
                .addStatement("$$own()")
                .endControlFlow()
                .beginControlFlow("if (this.$$unknown == null)")
                .addStatement("this.$$unknown = new $T<>()", LinkedHashMap.class)
                .endControlFlow()
                .addStatement("this.$$unknown.put(name, value)")
                .build());
        type.addMethod(MethodSpec.methodBuilder("$own")
                .addJavadoc("Copies the nulls and unknown properties a built object shares, before this builder changes"
                        + " them.\n")
                .addModifiers(Modifier.PRIVATE)
                .addStatement("this.$$shared = false")
                .beginControlFlow("if (this.$$nulls != null)")
                .addStatement("this.$$nulls = new $T<>(this.$$nulls)", HashSet.class)
                .endControlFlow()
                .beginControlFlow("if (this.$$unknown != null)")
                .addStatement("this.$$unknown = new $T<>(this.$$unknown)", LinkedHashMap.class)
                .endControlFlow()
                .build());
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("Returns the immutable {@link $T}.\n", dto)
                .addModifiers(Modifier.PUBLIC)
                .returns(dto)
                .addStatement("this.$$shared = true")
                .addStatement("return new $T(this)", dto)
                .build());
        return type.build();
    }

    private static MethodSpec setter(FieldModel field, ClassName builder) {
        TypeName storage = field.type().storage();
        MethodSpec.Builder method = MethodSpec.methodBuilder(field.name())
                .addJavadoc("Sets {@code $L}; {@code null} writes an explicit JSON {@code null}.\n", field.jsonName())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(storage, field.name());
        if (field.type().tolerantEnum() == null) {
            method.addAnnotation(DtoWriter.jsonProperty(field));
        }
        if (isJsonNode(field.type())) {
            method.addAnnotation(Classes.exactJson("using"));
        } else if (field.type().element() != null && isJsonNode(field.type().element())) {
            method.addAnnotation(Classes.exactJson("contentUsing"));
        }
        if (field.type().containsTemporal()) {
            // Keep the offset CORE sent, so that a read-modify-write sends the same text back.
            method.addAnnotation(AnnotationSpec.builder(Classes.JSON_FORMAT)
                    .addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", Classes.JSON_FORMAT)
                    .build());
        }
        switch (field.type().kind()) {
            case LIST:
                method.addStatement(
                        "this.$N = $N == null ? null : $T.unmodifiableList(new $T<>($N))",
                        field.name(),
                        field.name(),
                        Collections.class,
                        ArrayList.class,
                        field.name());
                break;
            case MAP:
                method.addStatement(
                        "this.$N = $N == null ? null : $T.unmodifiableMap(new $T<>($N))",
                        field.name(),
                        field.name(),
                        Collections.class,
                        LinkedHashMap.class,
                        field.name());
                break;
            default:
                method.addStatement("this.$N = $N", field.name(), field.name());
                break;
        }
        return method.addStatement("$$mark($S, $N == null)", field.jsonName(), field.name())
                .addStatement("return this")
                .build();
    }

    /** {@code value = <node> decoded as the enum}: a text, or a whole number by its text; null when neither. */
    private static CodeBlock decodeEnum(String node, TypeRef enumType, ClassName dto, String decode) {
        return CodeBlock.of(
                "$T value = $L.isTextual() || $L.isIntegralNumber() ? $T.$N($L.asText()) : null",
                enumType.storage(),
                node,
                node,
                dto,
                decode,
                node);
    }

    private static boolean isJsonNode(TypeRef type) {
        return type.kind() == TypeRef.Kind.PLAIN && type.storage().equals(Classes.JSON_NODE);
    }

    /**
     * Reads an enum field from JSON: a text, or a whole number matched by its decimal text (against
     * {@code @JsonAlias}); a value the enum lacks is kept as an unknown property and written back.
     */
    private static MethodSpec enumJsonSetter(FieldModel field, TypeRef enumType, ClassName builder, ClassName dto) {
        String decode = "$decode_" + field.name();
        MethodSpec.Builder method = MethodSpec.methodBuilder("$json_" + field.name())
                .addAnnotation(DtoWriter.jsonProperty(field))
                .addAnnotation(Classes.exactJson("using"))
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(Classes.JSON_NODE, "json")
                .beginControlFlow("if (json == null || json.isNull())")
                .addStatement("return $N(null)", field.name())
                .endControlFlow();
        switch (field.type().kind()) {
            case ENUM:
                method.addStatement(decodeEnum("json", enumType, dto, decode))
                        .beginControlFlow("if (value != null)")
                        .addStatement("return $N(value)", field.name())
                        .endControlFlow();
                break;
            case LIST:
                method.beginControlFlow("if (json.isArray())")
                        .addStatement(
                                "$T<$T> values = new $T<>(json.size())",
                                List.class,
                                enumType.storage(),
                                ArrayList.class)
                        .addStatement("boolean known = true")
                        .beginControlFlow("for ($T item : json)", Classes.JSON_NODE)
                        .addStatement(decodeEnum("item", enumType, dto, decode))
                        .addStatement("known &= value != null || item.isNull()")
                        .addStatement("values.add(value)")
                        .endControlFlow()
                        .beginControlFlow("if (known)")
                        .addStatement("return $N(values)", field.name())
                        .endControlFlow()
                        .endControlFlow();
                break;
            default:
                method.beginControlFlow("if (json.isObject())")
                        .addStatement(
                                "$T<$T, $T> values = new $T<>()",
                                Map.class,
                                String.class,
                                enumType.storage(),
                                LinkedHashMap.class)
                        .addStatement("boolean known = true")
                        .beginControlFlow(
                                "for ($T.Entry<$T, $T> entry : json.properties())",
                                Map.class,
                                String.class,
                                Classes.JSON_NODE)
                        .addStatement("$T item = entry.getValue()", Classes.JSON_NODE)
                        .addStatement(decodeEnum("item", enumType, dto, decode))
                        .addStatement("known &= value != null || item.isNull()")
                        .addStatement("values.put(entry.getKey(), value)")
                        .endControlFlow()
                        .beginControlFlow("if (known)")
                        .addStatement("return $N(values)", field.name())
                        .endControlFlow()
                        .endControlFlow();
                break;
        }
        return method.addStatement("$N(null)", field.name())
                .addStatement("this.$$nulls.remove($S)", field.jsonName())
                .addStatement("$$putUnknown($S, json)", field.jsonName())
                .addStatement("return this")
                .build();
    }
}
