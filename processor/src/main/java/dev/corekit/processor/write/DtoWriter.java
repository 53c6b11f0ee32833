package dev.corekit.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the immutable DTO {@code Foo} of a declaration, with its builder.
 *
 * <p>Each field has three states: never set (left out of the JSON), set to {@code null} (written as {@code null}) and
 * set to a value. A value is held in its field; the JSON names set to {@code null} are held in {@code $nulls}.
 * Properties the declaration does not know, and enum values it does not know, are held in {@code $unknown} in the
 * order read and written back after the known ones. Everything is expressed in Jackson annotations, so any
 * {@code ObjectMapper} with the JSR-310 module reads and writes the DTO.
 */
public final class DtoWriter {
    private static final ClassName STRING = ClassName.get(String.class);
    private static final TypeName UNKNOWN_MAP =
            ParameterizedTypeName.get(ClassName.get(Map.class), STRING, Classes.JSON_NODE);
    private static final TypeName NULLS_SET = ParameterizedTypeName.get(ClassName.get(Set.class), STRING);
    private static final String LOCAL_DATE_TIME_PATTERN = "yyyy-MM-dd'T'HH:mm:ss";

    private DtoWriter() {}

    public static JavaFile write(DeclarationModel model) {
        ClassName dto = model.dto();
        ClassName builder = dto.nestedClass("Builder");
        List<FieldModel> fields = model.fields();

        TypeSpec.Builder type = TypeSpec.classBuilder(dto)
                .addOriginatingElement(model.element())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(typeJavadoc(model))
                .addAnnotation(Classes.generated())
                .addAnnotation(AnnotationSpec.builder(Classes.JSON_DESERIALIZE)
                        .addMember("builder", "$T.class", builder)
                        .build())
                .addAnnotation(Classes.explicitJsonOnly())
                .addAnnotation(AnnotationSpec.builder(Classes.JSON_INCLUDE)
                        .addMember("value", "$T.NON_NULL", Classes.JSON_INCLUDE_INCLUDE)
                        .build());
        if (!fields.isEmpty()) {
            type.addAnnotation(AnnotationSpec.builder(Classes.JSON_PROPERTY_ORDER)
                    .addMember(
                            "value",
                            stringArray(
                                    fields.stream().map(FieldModel::jsonName).toList()))
                    .build());
        }

        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(List.class), STRING),
                        "$JSON_NAMES",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(
                        "$T.of($L)",
                        List.class,
                        stringList(fields.stream().map(FieldModel::jsonName).toList()))
                .build());
        for (FieldModel field : fields) {
            FieldSpec.Builder spec =
                    FieldSpec.builder(field.type().storage(), field.name(), Modifier.PRIVATE, Modifier.FINAL);
            if (field.type().tolerantEnum() == null) {
                spec.addAnnotation(jsonProperty(field));
                if (field.type().containsTemporal()) {
                    spec.addAnnotation(isoString(field.type()));
                }
            }
            if (field.redacted()) {
                // Kept at run time: corekit masks the field's value in the body excerpts of failed calls.
                spec.addAnnotation(Classes.REDACTED);
            }
            type.addField(spec.build());
        }
        type.addField(NULLS_SET, "$nulls", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(UNKNOWN_MAP, "$unknown", Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(constructor(fields, builder));
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("Returns a builder with no field set.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("Returns a builder holding this object's fields, nulls and unknown properties.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        for (FieldModel field : fields) {
            type.addMethod(accessor(field));
        }
        type.addMethod(MethodSpec.methodBuilder("unknownProperties")
                .addJavadoc("Returns the JSON properties this declaration does not know (and enum values it does not\n"
                        + "know), in the order read; they are written back with the object.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(UNKNOWN_MAP)
                .addStatement("return this.$$unknown")
                .build());
        for (FieldModel field : fields) {
            TypeRef tolerant = field.type().tolerantEnum();
            if (tolerant != null) {
                type.addMethod(enumJsonGetter(field, tolerant));
                type.addMethod(enumEncoder(field, tolerant));
                type.addMethod(enumDecoder(field, tolerant));
            }
        }
        type.addMethod(anyGetter());
        type.addMethod(equalsMethod(dto, fields));
        type.addMethod(hashCodeMethod(fields));
        type.addMethod(toStringMethod(dto, fields));
        type.addType(BuilderWriter.write(model, builder));

        return JavaFile.builder(dto.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static CodeBlock typeJavadoc(DeclarationModel model) {
        CodeBlock.Builder doc = CodeBlock.builder();
        if (!model.javadoc().isEmpty()) {
            doc.add("$L\n<p>", model.javadoc());
        }
        doc.add(
                "Immutable; built with {@link #builder()} or {@link #toBuilder()}. Generated by corekit from\n"
                        + "{@code $L}.\n",
                model.element().getQualifiedName().toString());
        return doc.build();
    }

    private static MethodSpec constructor(List<FieldModel> fields, ClassName builder) {
        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        for (FieldModel field : fields) {
            constructor.addStatement("this.$N = builder.$N", field.name(), field.name());
        }
        // The builder's collections are taken as they are, not copied: build() marks them shared, and the builder
        // copies them before it changes them again (see BuilderWriter), so Jackson's records copy nothing.
        constructor.addStatement(
                "this.$$nulls = builder.$$nulls == null || builder.$$nulls.isEmpty() ? $T.of() : builder.$$nulls",
                Set.class);
        constructor.addStatement(
                "this.$$unknown = builder.$$unknown == null || builder.$$unknown.isEmpty() ? $T.of()"
                        + " : $T.unmodifiableMap(builder.$$unknown)",
                Map.class,
                Collections.class);
        return constructor.build();
    }

    private static MethodSpec accessor(FieldModel field) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(field.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(field.type().accessor());
        if (!field.javadoc().isEmpty()) {
            method.addJavadoc("$L", field.javadoc());
        } else {
            method.addJavadoc(
                    "Returns {@code $L}, or {@code $L} when it is not set or {@code null}.\n",
                    field.jsonName(),
                    defaultValue(field.type().accessor()));
        }
        TypeName accessor = field.type().accessor();
        if (accessor.equals(TypeName.BOOLEAN)) {
            method.addStatement("return this.$N != null && this.$N", field.name(), field.name());
        } else if (accessor.isPrimitive()) {
            method.addStatement(
                    "return this.$N == null ? $L : this.$N", field.name(), defaultValue(accessor), field.name());
        } else {
            method.addStatement("return this.$N", field.name());
        }
        return method.build();
    }

    private static String defaultValue(TypeName type) {
        if (type.equals(TypeName.BOOLEAN)) {
            return "false";
        }
        if (type.equals(TypeName.LONG)) {
            return "0L";
        }
        if (type.equals(TypeName.DOUBLE)) {
            return "0.0";
        }
        return type.isPrimitive() ? "0" : "null";
    }

    /** The JSON form of an enum field: the enum's JSON text, in a list or map where the field is one. */
    private static MethodSpec enumJsonGetter(FieldModel field, TypeRef enumType) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("$json_" + field.name())
                .addAnnotation(jsonProperty(field))
                .addModifiers(Modifier.PRIVATE);
        String encode = "$encode_" + field.name();
        switch (field.type().kind()) {
            case ENUM:
                method.returns(STRING)
                        .addStatement(
                                "return this.$N == null ? null : $N(this.$N)", field.name(), encode, field.name());
                break;
            case LIST:
                method.returns(ParameterizedTypeName.get(ClassName.get(List.class), STRING))
                        .beginControlFlow("if (this.$N == null)", field.name())
                        .addStatement("return null")
                        .endControlFlow()
                        .addStatement(
                                "$T<$T> json = new $T<>(this.$N.size())",
                                List.class,
                                String.class,
                                ArrayList.class,
                                field.name())
                        .beginControlFlow("for ($T item : this.$N)", enumType.storage(), field.name())
                        .addStatement("json.add(item == null ? null : $N(item))", encode)
                        .endControlFlow()
                        .addStatement("return json");
                break;
            default:
                method.returns(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, STRING))
                        .beginControlFlow("if (this.$N == null)", field.name())
                        .addStatement("return null")
                        .endControlFlow()
                        .addStatement(
                                "$T<$T, $T> json = new $T<>()",
                                Map.class,
                                String.class,
                                String.class,
                                LinkedHashMap.class)
                        .beginControlFlow(
                                "for ($T.Entry<$T, $T> entry : this.$N.entrySet())",
                                Map.class,
                                String.class,
                                enumType.storage(),
                                field.name())
                        .addStatement(
                                "json.put(entry.getKey(), entry.getValue() == null ? null : $N(entry.getValue()))",
                                encode)
                        .endControlFlow()
                        .addStatement("return json");
                break;
        }
        return method.build();
    }

    private static MethodSpec enumEncoder(FieldModel field, TypeRef enumType) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("$encode_" + field.name())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(STRING)
                .addParameter(enumType.storage(), "value")
                // A switch over name() rather than over the enum: no synthetic switch-map class per DTO.
                .beginControlFlow("switch (value.name())");
        for (TypeRef.EnumConstant constant : enumType.constants()) {
            method.addCode("case $S:\n$>return $S;\n$<", constant.javaName(), constant.jsonName());
        }
        return method.addCode("default:\n$>return value.name();\n$<")
                .endControlFlow()
                .build();
    }

    private static MethodSpec enumDecoder(FieldModel field, TypeRef enumType) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("$decode_" + field.name())
                .addJavadoc(
                        "The constant whose JSON text (or alias) is {@code json}, or {@code null} for a value this enum lacks.\n")
                .addModifiers(Modifier.STATIC)
                .returns(enumType.storage())
                .addParameter(STRING, "json")
                .beginControlFlow("switch (json)");
        Set<String> seen = new LinkedHashSet<>();
        for (TypeRef.EnumConstant constant : enumType.constants()) {
            List<String> texts = new ArrayList<>(List.of(constant.jsonName()));
            texts.addAll(constant.aliases());
            for (String text : texts) {
                if (seen.add(text)) {
                    method.addCode("case $S:\n$>return $T.$N;\n$<", text, enumType.storage(), constant.javaName());
                }
            }
        }
        return method.addCode("default:\n$>return null;\n$<").endControlFlow().build();
    }

    private static MethodSpec anyGetter() {
        return MethodSpec.methodBuilder("$jsonExtras")
                .addJavadoc(
                        "Fields set to {@code null}, then unknown properties: written after the fields that have values.\n")
                .addAnnotation(Classes.JSON_ANY_GETTER)
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(
                        ClassName.get(Map.class), STRING, WildcardTypeName.subtypeOf(Object.class)))
                .beginControlFlow("if (this.$$nulls.isEmpty())")
                .addStatement("return this.$$unknown")
                .endControlFlow()
                .addStatement(
                        "$T<$T, $T> extras = new $T<>()", Map.class, String.class, Object.class, LinkedHashMap.class)
                .beginControlFlow("for ($T name : $$JSON_NAMES)", String.class)
                .beginControlFlow("if (this.$$nulls.contains(name))")
                .addStatement("extras.put(name, $T.getInstance())", Classes.NULL_NODE)
                .endControlFlow()
                .endControlFlow()
                .addStatement("extras.putAll(this.$$unknown)")
                .addStatement("return extras")
                .build();
    }

    private static MethodSpec equalsMethod(ClassName dto, List<FieldModel> fields) {
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (FieldModel field : fields) {
            comparison.add("$T.equals(this.$N, that.$N)\n&& ", Objects.class, field.name(), field.name());
        }
        comparison.add("this.$$nulls.equals(that.$$nulls)\n&& this.$$unknown.equals(that.$$unknown)");
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", dto)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", dto, dto)
                .addStatement("return $L", comparison.build())
                .build();
    }

    private static MethodSpec hashCodeMethod(List<FieldModel> fields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("int hash = 1");
        for (FieldModel field : fields) {
            method.addStatement("hash = 31 * hash + $T.hashCode(this.$N)", Objects.class, field.name());
        }
        return method.addStatement("hash = 31 * hash + this.$$nulls.hashCode()")
                .addStatement("hash = 31 * hash + this.$$unknown.hashCode()")
                .addStatement("return hash")
                .build();
    }

    private static MethodSpec toStringMethod(ClassName dto, List<FieldModel> fields) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("toString")
                .addJavadoc(
                        "The fields that are set; {@code @Redacted} values as {@code ***}, unknown properties by name only.\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S)", StringBuilder.class, StringBuilder.class, dto.simpleName() + "{")
                .addStatement("$T separator = $S", String.class, "");
        for (FieldModel field : fields) {
            method.beginControlFlow(
                    "if (this.$N != null || this.$$nulls.contains($S))", field.name(), field.jsonName());
            if (field.redacted()) {
                method.addStatement(
                        "text.append(separator).append($S).append(this.$N == null ? $S : $S)",
                        field.name() + "=",
                        field.name(),
                        "null",
                        "***");
            } else {
                method.addStatement(
                        "text.append(separator).append($S).append(this.$N)", field.name() + "=", field.name());
            }
            method.addStatement("separator = $S", ", ").endControlFlow();
        }
        return method.beginControlFlow("if (!this.$$unknown.isEmpty())")
                .addStatement("text.append(separator).append($S).append(this.$$unknown.keySet())", "unknownProperties=")
                .endControlFlow()
                .addStatement("return text.append('}').toString()")
                .build();
    }

    static AnnotationSpec jsonProperty(FieldModel field) {
        return AnnotationSpec.builder(Classes.JSON_PROPERTY)
                .addMember("value", "$S", field.jsonName())
                .build();
    }

    private static AnnotationSpec isoString(TypeRef type) {
        AnnotationSpec.Builder format =
                AnnotationSpec.builder(Classes.JSON_FORMAT).addMember("shape", "$T.Shape.STRING", Classes.JSON_FORMAT);
        if (type.isLocalDateTime()) {
            // CORE's YYYY-MM-DDThh:mm:ss: a fraction of a second is left out (truncated) when written.
            format.addMember("pattern", "$S", LOCAL_DATE_TIME_PATTERN);
        }
        return format.build();
    }

    private static CodeBlock stringArray(List<String> values) {
        return CodeBlock.of("{$L}", stringList(values));
    }

    private static CodeBlock stringList(List<String> values) {
        List<CodeBlock> items = new ArrayList<>();
        for (String value : values) {
            items.add(CodeBlock.of("$S", value));
        }
        return CodeBlock.join(items, ", ");
    }
}
