package dev.corekit.processor.write;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.model.TypeRef;
import javax.lang.model.element.Modifier;

/** Writes the nested {@code Builder} of a DTO; Jackson builds DTOs through it too. */
final class BuilderWriter {
    private BuilderWriter() {}

    static TypeSpec write(DeclarationModel model, ClassName builder, DtoWriter.Names names) {
        ClassName dto = model.dto();
        String readable = Words.readable(dto.simpleName());
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        "Builds {@link $T}. A setter given {@code null} makes the field an explicit JSON {@code null};\n"
                                + "a field whose setter is never called is left out of the JSON.\n",
                        dto)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addAnnotation(Classes.EXPLICIT_JSON)
                .addAnnotation(AnnotationSpec.builder(Classes.JSON_POJO_BUILDER)
                        .addMember("withPrefix", "$S", "")
                        .build());
        for (FieldModel field : model.fields()) {
            type.addField(DtoWriter.nullable(field.type()), field.name(), Modifier.PRIVATE);
        }
        type.addField(Classes.JSON_EXTRAS_BUILDER, names.extras(), Modifier.PRIVATE, Modifier.FINAL);

        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addStatement("this.$N = new $T()", names.extras(), Classes.JSON_EXTRAS_BUILDER)
                .build());
        MethodSpec.Builder copy =
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).addParameter(dto, "source");
        for (FieldModel field : model.fields()) {
            copy.addStatement("this.$N = source.$N", field.name(), field.name());
        }
        copy.addStatement("this.$N = source.$N.toBuilder()", names.extras(), names.extras());
        type.addMethod(copy.build());

        for (FieldModel field : model.fields()) {
            type.addMethod(setter(field, builder, names));
        }
        for (FieldModel field : model.fields()) {
            TypeRef tolerant = field.type().tolerantEnum();
            if (tolerant != null) {
                type.addMethod(enumJsonSetter(field, tolerant, builder, names));
            }
        }
        type.addMethod(MethodSpec.methodBuilder(names.putUnknown())
                .addAnnotation(Classes.JSON_ANY_SETTER)
                .addAnnotation(Classes.exactJson("contentUsing"))
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "name")
                .addParameter(Classes.JSON_NODE, "value")
                .addStatement("$N.putUnknown(name, value)", names.extras())
                .build());
        type.addMethod(MethodSpec.methodBuilder("build")
                .addJavadoc("{@return the immutable $L}\n", readable)
                .addModifiers(Modifier.PUBLIC)
                .returns(dto)
                .addStatement("return new $T(this)", dto)
                .build());
        return type.build();
    }

    private static MethodSpec setter(FieldModel field, ClassName builder, DtoWriter.Names names) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(field.name())
                .addJavadoc(
                        "Sets {@code $L}.\n\n@param $N the value, or {@code null} for an explicit JSON {@code null}\n"
                                + "@return this builder\n",
                        field.jsonName(),
                        field.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(DtoWriter.nullable(field.type()), field.name());
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
            method.addAnnotation(Classes.KEEP_OFFSET);
        }
        switch (field.type().kind()) {
            case LIST -> method.addStatement("this.$N = $T.list($N)", field.name(), Classes.COPIES, field.name());
            case MAP -> method.addStatement("this.$N = $T.map($N)", field.name(), Classes.COPIES, field.name());
            default -> method.addStatement("this.$N = $N", field.name(), field.name());
        }
        return method.addStatement("$N.assigned($S, $N)", names.extras(), field.jsonName(), field.name())
                .addStatement("return this")
                .build();
    }

    private static boolean isJsonNode(TypeRef type) {
        return type.kind() == TypeRef.Kind.PLAIN && type.storage().equals(Classes.JSON_NODE);
    }

    /**
     * Reads an enum field from JSON: a text, or a whole number matched by its decimal text (against
     * {@code @JsonAlias}); a value the enum lacks is kept as an unknown property and written back.
     */
    private static MethodSpec enumJsonSetter(
            FieldModel field, TypeRef enumType, ClassName builder, DtoWriter.Names names) {
        DtoWriter.EnumNames enumNames = names.enums().get(field.name());
        String read = switch (field.type().kind()) {
            case LIST -> "readList";
            case MAP -> "readMap";
            default -> "read";
        };
        return MethodSpec.methodBuilder(enumNames.json())
                .addAnnotation(DtoWriter.jsonProperty(field))
                .addAnnotation(Classes.exactJson("using"))
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(Classes.JSON_NODE.annotated(Classes.nullable()), "json")
                .addStatement("$T value = $N.$N(json)", DtoWriter.nullable(field.type()), enumNames.codec(), read)
                .addStatement("$N(value)", field.name())
                .beginControlFlow("if (value == null)")
                .addComment("A value the enum lacks: written back as it was read.")
                .addStatement("$N.putUnknownValue($S, json)", names.extras(), field.jsonName())
                .endControlFlow()
                .addStatement("return this")
                .build();
    }
}
