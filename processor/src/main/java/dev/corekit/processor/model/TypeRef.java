package dev.corekit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/**
 * A field type as the generated code sees it. {@code storage} is the (boxed) type the DTO holds; {@code accessor} is
 * the type the accessor returns, a primitive where the declaration said so.
 */
public record TypeRef(Kind kind, TypeName storage, TypeName accessor, TypeRef element, List<EnumConstant> constants) {

    private static final ClassName LOCAL_DATE_TIME = ClassName.get("java.time", "LocalDateTime");

    /** What the generated code must do for a type. */
    public enum Kind {
        /** Jackson maps it on its own: String, boxes, BigDecimal, UUID, JsonNode. */
        PLAIN,
        /** A java.time type; written as an ISO string. */
        TEMPORAL,
        /** A Java enum; unknown values are kept and written back. */
        ENUM,
        /** A generated DTO. */
        MODEL,
        /** {@code List<T>}. */
        LIST,
        /** {@code Map<String, T>}. */
        MAP
    }

    /**
     * An enum constant, the JSON text it is written as, and the other texts ({@code @JsonAlias}) it is also read from;
     * a JSON number is read as its decimal text, so {@code @JsonAlias("0")} reads {@code 0}.
     */
    public record EnumConstant(String javaName, String jsonName, List<String> aliases) {}

    public static TypeRef plain(TypeName storage, TypeName accessor) {
        return new TypeRef(Kind.PLAIN, storage, accessor, null, List.of());
    }

    public static TypeRef temporal(ClassName type) {
        return new TypeRef(Kind.TEMPORAL, type, type, null, List.of());
    }

    public static TypeRef enumType(ClassName type, List<EnumConstant> constants) {
        return new TypeRef(Kind.ENUM, type, type, null, List.copyOf(constants));
    }

    public static TypeRef model(ClassName dto) {
        return new TypeRef(Kind.MODEL, dto, dto, null, List.of());
    }

    public static TypeRef list(TypeRef element) {
        TypeName type = ParameterizedTypeName.get(ClassName.get(List.class), element.storage());
        return new TypeRef(Kind.LIST, type, type, element, List.of());
    }

    public static TypeRef map(TypeRef value) {
        TypeName type = ParameterizedTypeName.get(
                ClassName.get(java.util.Map.class), ClassName.get(String.class), value.storage());
        return new TypeRef(Kind.MAP, type, type, value, List.of());
    }

    /** Whether the accessor returns a primitive. */
    public boolean primitive() {
        return accessor.isPrimitive();
    }

    /** Whether a java.time type appears anywhere in this type, so the field needs an ISO-string format. */
    public boolean containsTemporal() {
        return kind == Kind.TEMPORAL || (element != null && element.containsTemporal());
    }

    /** Whether this is a {@code LocalDateTime}, or a List or Map of them: CORE's date-time without offset. */
    public boolean isLocalDateTime() {
        return (kind == Kind.TEMPORAL && storage.equals(LOCAL_DATE_TIME))
                || (element != null && element.isLocalDateTime());
    }

    /** The enum whose unknown values the DTO keeps: a direct enum, or the elements of a List or Map of one. */
    public TypeRef tolerantEnum() {
        if (kind == Kind.ENUM) {
            return this;
        }
        if ((kind == Kind.LIST || kind == Kind.MAP) && element.kind == Kind.ENUM) {
            return element;
        }
        return null;
    }
}
