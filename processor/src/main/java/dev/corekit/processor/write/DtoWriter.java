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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the immutable DTO {@code Foo} of a declaration, with its builder.
 *
 * <p>Each field has three states: never set (left out of the JSON), set to {@code null} (written as {@code null}) and
 * set to a value. A value is held in its field; the JSON names set to {@code null}, and the properties and enum values
 * the declaration does not know, are held in a {@code JsonExtras} of the runtime and written after the known fields.
 * Everything is expressed in Jackson annotations, so any {@code ObjectMapper} with the JSR-310 module reads and writes
 * the DTO.
 */
public final class DtoWriter {
    private static final ClassName STRING = ClassName.get(String.class);

    private DtoWriter() {}

    /** The names of the members a DTO and its builder add beside the declaration's fields. */
    record Names(String extras, String properties, String anyGetter, String putUnknown, Map<String, EnumNames> enums) {}

    /** The codec constant of a tolerant enum field and the private methods that read and write it as JSON. */
    record EnumNames(String codec, String json) {}

    public static JavaFile write(DeclarationModel model) {
        ClassName dto = model.dto();
        ClassName builder = dto.nestedClass("Builder");
        List<FieldModel> fields = model.fields();
        Names names = names(fields);
        String readable = Words.readable(dto.simpleName());

        TypeSpec.Builder type = TypeSpec.classBuilder(dto)
                .addOriginatingElement(model.element())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(typeJavadoc(model))
                .addAnnotation(Classes.generated())
                .addAnnotation(Classes.NULL_MARKED)
                .addAnnotation(Classes.EXPLICIT_JSON)
                .addAnnotation(AnnotationSpec.builder(Classes.JSON_DESERIALIZE)
                        .addMember("builder", "$T.class", builder)
                        .build());
        List<String> jsonNames = fields.stream().map(FieldModel::jsonName).toList();
        if (!fields.isEmpty()) {
            type.addAnnotation(AnnotationSpec.builder(Classes.JSON_PROPERTY_ORDER)
                    .addMember("value", "{$L}", stringList(jsonNames))
                    .build());
        }
        type.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(List.class), STRING),
                        names.properties(),
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("$T.of($L)", List.class, stringList(jsonNames))
                .build());
        Set<String> codecs = new HashSet<>();
        for (FieldModel field : fields) {
            TypeRef tolerant = field.type().tolerantEnum();
            String codec =
                    tolerant == null ? null : names.enums().get(field.name()).codec();
            if (codec != null && codecs.add(codec)) {
                type.addField(enumCodec(codec, tolerant));
            }
        }
        for (FieldModel field : fields) {
            FieldSpec.Builder spec =
                    FieldSpec.builder(nullable(field.type()), field.name(), Modifier.PRIVATE, Modifier.FINAL);
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
        type.addField(Classes.JSON_EXTRAS, names.extras(), Modifier.PRIVATE, Modifier.FINAL);

        MethodSpec.Builder constructor =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(builder, "builder");
        for (FieldModel field : fields) {
            constructor.addStatement("this.$N =$Wbuilder.$N", field.name(), field.name());
        }
        // The builder's collections are taken as they are: the builder copies them before it changes them again.
        constructor.addStatement("this.$N = builder.$N.build()", names.extras(), names.extras());
        type.addMethod(constructor.build());

        type.addMethod(MethodSpec.methodBuilder("builder")
                .addJavadoc("{@return a builder with no field set}\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc(
                        "{@return a builder holding this $L's fields, explicit nulls and unknown properties}\n",
                        readable)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        for (FieldModel field : fields) {
            type.addMethod(accessor(field));
        }
        type.addMethod(MethodSpec.methodBuilder("unknownProperties")
                .addJavadoc(
                        "{@return the JSON properties the declaration does not know, in the order read}\n"
                                + "An enum value the enum does not know is kept here under its field's name. They are written"
                                + " back\nwith the $L.\n",
                        readable)
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Map.class), STRING, Classes.JSON_NODE))
                .addStatement("return $N.unknown()", names.extras())
                .build());
        for (FieldModel field : fields) {
            TypeRef tolerant = field.type().tolerantEnum();
            if (tolerant != null) {
                type.addMethod(enumJsonGetter(field, names.enums().get(field.name())));
            }
        }
        type.addMethod(MethodSpec.methodBuilder(names.anyGetter())
                .addComment("Fields set to null, then unknown properties: written after the fields that have values.")
                .addAnnotation(Classes.JSON_ANY_GETTER)
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(
                        ClassName.get(Map.class), STRING, WildcardTypeName.subtypeOf(Object.class)))
                .addStatement("return $N.toJson($N)", names.extras(), names.properties())
                .build());
        type.addMethod(equalsMethod(dto, fields, names));
        type.addMethod(hashCodeMethod(fields, names));
        type.addMethod(toStringMethod(dto, fields, names));
        type.addType(BuilderWriter.write(model, builder, names));

        return JavaFile.builder(dto.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    private static Names names(List<FieldModel> fields) {
        Members members = new Members(fields);
        String extras = members.claim("extras");
        String properties = members.claim("PROPERTIES");
        String anyGetter = members.claim("extrasJson");
        String putUnknown = members.claim("putUnknown");
        Map<String, EnumNames> enums = new LinkedHashMap<>();
        // One codec per enum type, shared by the fields of that type: Color, List<Color> and Map<String, Color>.
        Map<TypeName, String> codecs = new LinkedHashMap<>();
        for (FieldModel field : fields) {
            TypeRef tolerant = field.type().tolerantEnum();
            if (tolerant != null) {
                String codec = codecs.computeIfAbsent(
                        tolerant.storage(),
                        type -> members.claim(Members.constantName(((ClassName) type).simpleName())));
                enums.put(field.name(), new EnumNames(codec, members.claim(field.name() + "Json")));
            }
        }
        return new Names(extras, properties, anyGetter, putUnknown, enums);
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

    /** The type a field is held in, {@code @Nullable} at every level a JSON {@code null} can reach. */
    static TypeName nullable(TypeRef type) {
        TypeName held = switch (type.kind()) {
            case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), nullable(type.element()));
            case MAP -> ParameterizedTypeName.get(ClassName.get(Map.class), STRING, nullable(type.element()));
            default -> type.storage();
        };
        return held.annotated(Classes.nullable());
    }

    private static MethodSpec accessor(FieldModel field) {
        TypeName accessor = field.type().accessor();
        MethodSpec.Builder method = MethodSpec.methodBuilder(field.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(accessor.isPrimitive() ? accessor : nullable(field.type()));
        String absent = "{@code " + defaultValue(accessor) + "} when it is unset or {@code null}";
        if (field.javadoc().isEmpty()) {
            String returns = "{@return the {@code " + field.jsonName() + "} property, or " + absent + "}";
            // The accessor's javadoc line is indented by 7 columns (" * " inside the class body).
            method.addJavadoc(
                    "$L\n",
                    returns.length() + 7 > 120 ? returns.replace(" property, or ", " property,\nor ") : returns);
        } else if (field.javadoc().contains("@return")) {
            method.addJavadoc("$L", field.javadoc());
        } else {
            method.addJavadoc("$L\n@return the value, or $L\n", field.javadoc(), absent);
        }
        if (accessor.equals(TypeName.BOOLEAN)) {
            method.addStatement("return $N != null && $N", field.name(), field.name());
        } else if (accessor.isPrimitive()) {
            method.addStatement("return $N == null ? $L : $N", field.name(), defaultValue(accessor), field.name());
        } else {
            method.addStatement("return $N", field.name());
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

    /** {@code JsonEnum.of(Color.class).add(Color.RED, "red", "r")...build()}: the enum's texts, built once. */
    private static FieldSpec enumCodec(String name, TypeRef enumType) {
        CodeBlock.Builder init = CodeBlock.builder().add("$T.of($T.class)$>$>", Classes.JSON_ENUM, enumType.storage());
        for (TypeRef.EnumConstant constant : enumType.constants()) {
            List<CodeBlock> texts = new ArrayList<>();
            texts.add(CodeBlock.of("$S", constant.jsonName()));
            for (String alias : constant.aliases()) {
                texts.add(CodeBlock.of("$S", alias));
            }
            init.add("\n.add($T.$N, $L)", enumType.storage(), constant.javaName(), CodeBlock.join(texts, ", "));
        }
        init.add("\n.build()$<$<");
        return FieldSpec.builder(
                        ParameterizedTypeName.get(Classes.JSON_ENUM, enumType.storage()),
                        name,
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer(init.build())
                .build();
    }

    /** The JSON form of an enum field: the enum's JSON text, in a list or map where the field is one. */
    private static MethodSpec enumJsonGetter(FieldModel field, EnumNames names) {
        String write = switch (field.type().kind()) {
            case LIST -> "writeList";
            case MAP -> "writeMap";
            default -> "write";
        };
        TypeName text = STRING.annotated(Classes.nullable());
        TypeName json = switch (field.type().kind()) {
            case LIST -> ParameterizedTypeName.get(ClassName.get(List.class), text);
            case MAP -> ParameterizedTypeName.get(ClassName.get(Map.class), STRING, text);
            default -> STRING;
        };
        return MethodSpec.methodBuilder(names.json())
                .addAnnotation(jsonProperty(field))
                .addModifiers(Modifier.PRIVATE)
                .returns(json.annotated(Classes.nullable()))
                .addStatement("return $N.$N($N)", names.codec(), write, field.name())
                .build();
    }

    private static MethodSpec equalsMethod(ClassName dto, List<FieldModel> fields, Names names) {
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (FieldModel field : fields) {
            comparison.add("$T.equals(this.$N,$Wthat.$N)\n&& ", Objects.class, field.name(), field.name());
        }
        comparison.add("this.$N.equals(that.$N)", names.extras(), names.extras());
        return MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(ClassName.get(Object.class).annotated(Classes.nullable()), "other")
                .addStatement("return this == other || (other instanceof $T that\n&& $L)", dto, comparison.build())
                .build();
    }

    private static MethodSpec hashCodeMethod(List<FieldModel> fields, Names names) {
        List<CodeBlock> values = new ArrayList<>();
        for (FieldModel field : fields) {
            values.add(CodeBlock.of("$N", field.name()));
        }
        values.add(CodeBlock.of("$N", names.extras()));
        return MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hash($L)", Objects.class, CodeBlock.join(values, ",$W"))
                .build();
    }

    private static MethodSpec toStringMethod(ClassName dto, List<FieldModel> fields, Names names) {
        CodeBlock.Builder text = CodeBlock.builder()
                .add("return $T.of($S, $N)$>$>", Classes.DTO_TO_STRING, dto.simpleName(), names.extras());
        for (FieldModel field : fields) {
            String method = field.redacted() ? "redacted" : "add";
            if (field.name().equals(field.jsonName())) {
                text.add("\n.$L($S,$W$N)", method, field.name(), field.name());
            } else {
                text.add("\n.$L($S,$W$S,$W$N)", method, field.name(), field.jsonName(), field.name());
            }
        }
        text.add("\n.toString();\n$<$<");
        return MethodSpec.methodBuilder("toString")
                .addJavadoc("{@return the fields that are set, {@code @Redacted} values as {@code ***}, and the names"
                        + " of\nunknown properties}\n")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addCode(text.build())
                .build();
    }

    static AnnotationSpec jsonProperty(FieldModel field) {
        return AnnotationSpec.builder(Classes.JSON_PROPERTY)
                .addMember("value", "$S", field.jsonName())
                .build();
    }

    private static ClassName isoString(TypeRef type) {
        // CORE's YYYY-MM-DDThh:mm:ss for a LocalDateTime: a fraction of a second is left out (truncated) when written.
        return type.isLocalDateTime() ? Classes.CORE_DATE_TIME : Classes.ISO_TEXT;
    }

    /** {@code "a", "b", ...}, wrapped where a line grows long. */
    private static CodeBlock stringList(List<String> values) {
        List<CodeBlock> items = new ArrayList<>();
        for (String value : values) {
            items.add(CodeBlock.of("$S", value));
        }
        return CodeBlock.join(items, ",$W");
    }
}
