package dev.corekit.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.corekit.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Maps a declared Java type to the {@link TypeRef} the writers use, or says why it cannot. */
public final class TypeMapper {

    /** The outcome of mapping one type. */
    public sealed interface Mapped {}

    /** The type maps to {@code type}. */
    public record Ok(TypeRef type) implements Mapped {}

    /** The type is not supported, for the reason given. */
    public record Unsupported(String reason) implements Mapped {}

    /** The type does not exist yet; it may be generated in a later round. */
    public record Missing(String typeName) implements Mapped {}

    private static final Map<String, TypeName> PLAIN = Map.of(
            "java.lang.String",
            ClassName.get(String.class),
            "java.lang.Boolean",
            TypeName.BOOLEAN.box(),
            "java.lang.Integer",
            TypeName.INT.box(),
            "java.lang.Long",
            TypeName.LONG.box(),
            "java.lang.Double",
            TypeName.DOUBLE.box(),
            "java.math.BigDecimal",
            ClassName.get("java.math", "BigDecimal"),
            "java.util.UUID",
            ClassName.get("java.util", "UUID"),
            Names.JSON_NODE,
            ClassName.get("com.fasterxml.jackson.databind", "JsonNode"));

    private static final List<String> TEMPORAL =
            List.of("java.time.LocalDate", "java.time.LocalDateTime", "java.time.OffsetDateTime", "java.time.Instant");

    private final Elements elements;
    private final String contextPackage;
    private final Set<String> imported;

    /**
     * A mapper for the types of a declaration in {@code contextPackage} whose source imports the simple names
     * {@code imported} one by one.
     */
    public TypeMapper(Elements elements, String contextPackage, Set<String> imported) {
        this.elements = elements;
        this.contextPackage = contextPackage;
        this.imported = Set.copyOf(imported);
    }

    public Mapped map(TypeMirror type) {
        switch (type.getKind()) {
            case BOOLEAN:
                return new Ok(TypeRef.plain(TypeName.BOOLEAN.box(), TypeName.BOOLEAN));
            case INT:
                return new Ok(TypeRef.plain(TypeName.INT.box(), TypeName.INT));
            case LONG:
                return new Ok(TypeRef.plain(TypeName.LONG.box(), TypeName.LONG));
            case DOUBLE:
                return new Ok(TypeRef.plain(TypeName.DOUBLE.box(), TypeName.DOUBLE));
            case BYTE:
            case SHORT:
            case CHAR:
            case FLOAT:
                return new Unsupported(type + " is not a JSON type CORE uses; use int, long, double or String");
            case ARRAY:
                return new Unsupported("arrays are not supported; use List<T>");
            case ERROR:
                return pendingDto(type.toString());
            case TYPEVAR:
                return new Unsupported("type variables are not supported");
            case WILDCARD:
                return new Unsupported("wildcards are not supported; name the type");
            case DECLARED:
                return mapDeclared((DeclaredType) type);
            default:
                return new Unsupported(
                        type.getKind().toString().toLowerCase(java.util.Locale.ROOT) + " is not a field type");
        }
    }

    private Mapped mapDeclared(DeclaredType type) {
        TypeElement element = (TypeElement) type.asElement();
        String name = element.getQualifiedName().toString();
        if (PLAIN.containsKey(name)) {
            return new Ok(TypeRef.plain(PLAIN.get(name), PLAIN.get(name)));
        }
        if (TEMPORAL.contains(name)) {
            return new Ok(TypeRef.temporal(ClassName.get(element)));
        }
        switch (name) {
            case "java.lang.Object":
                return new Unsupported("Object says nothing about the JSON; use JsonNode for free-form JSON");
            case "java.util.List":
                return mapList(type);
            case "java.util.Map":
                return mapMap(type);
            default:
                break;
        }
        if (element.getKind() == ElementKind.ENUM) {
            return new Ok(TypeRef.enumType(ClassName.get(element), constants(element)));
        }
        if (element.getKind() == ElementKind.INTERFACE) {
            String suffix = declarationSuffix(element);
            if (suffix == null) {
                return new Unsupported("interface " + name + " is not annotated @CoreModel");
            }
            String simple = element.getSimpleName().toString();
            if (!simple.endsWith(suffix) || simple.length() == suffix.length()) {
                return new Unsupported(name + " breaks the naming rule <Name>" + suffix);
            }
            String dto = simple.substring(0, simple.length() - suffix.length());
            return new Ok(TypeRef.model(ClassName.get(packageOf(element), dto)));
        }
        if (element.getKind() == ElementKind.CLASS && isGeneratedDto(element)) {
            return new Ok(TypeRef.model(ClassName.get(element)));
        }
        return new Unsupported(name + " is not a CORE type");
    }

    /**
     * A type javac cannot resolve yet: the DTO of a declaration of this compilation (the declaration's own, or one
     * that refers back to it) maps to that DTO, since it is generated in the same round; anything else is missing.
     */
    private Mapped pendingDto(String written) {
        if (imported.contains(written)) {
            // An import that javac cannot resolve names another type of that name.
            return new Missing(written);
        }
        String qualified = written.contains(".") || contextPackage.isEmpty() ? written : contextPackage + "." + written;
        int dot = qualified.lastIndexOf('.');
        String pkg = dot < 0 ? "" : qualified.substring(0, dot);
        String simple = qualified.substring(dot + 1);
        return isDeclaredDto(qualified) ? new Ok(TypeRef.model(ClassName.get(pkg, simple))) : new Missing(written);
    }

    private Mapped mapList(DeclaredType type) {
        if (type.getTypeArguments().isEmpty()) {
            return new Unsupported("a raw List has no element type; write List<T>");
        }
        Mapped element = map(type.getTypeArguments().get(0));
        if (element instanceof Ok ok) {
            if (ok.type().primitive()) {
                return new Unsupported("a List holds boxes, not primitives");
            }
            return new Ok(TypeRef.list(ok.type()));
        }
        return element instanceof Unsupported bad ? new Unsupported("its element type: " + bad.reason()) : element;
    }

    private Mapped mapMap(DeclaredType type) {
        if (type.getTypeArguments().isEmpty()) {
            return new Unsupported("a raw Map has no key and value types; write Map<String, T>");
        }
        TypeMirror key = type.getTypeArguments().get(0);
        if (key.getKind() != TypeKind.DECLARED
                || !((TypeElement) ((DeclaredType) key).asElement())
                        .getQualifiedName()
                        .contentEquals("java.lang.String")) {
            return new Unsupported("Map keys must be String, as JSON object keys are; got " + key);
        }
        Mapped value = map(type.getTypeArguments().get(1));
        if (value instanceof Ok ok) {
            return new Ok(TypeRef.map(ok.type()));
        }
        return value instanceof Unsupported bad ? new Unsupported("its value type: " + bad.reason()) : value;
    }

    private static List<TypeRef.EnumConstant> constants(TypeElement enumType) {
        List<TypeRef.EnumConstant> constants = new ArrayList<>();
        for (Element member : enumType.getEnclosedElements()) {
            if (member.getKind() == ElementKind.ENUM_CONSTANT) {
                String javaName = member.getSimpleName().toString();
                String json = Mirrors.jsonProperty(member);
                constants.add(new TypeRef.EnumConstant(
                        javaName, json != null ? json : javaName, Mirrors.jsonAliases(member)));
            }
        }
        return constants;
    }

    /** {@code "Resource"} or {@code "Model"} for a corekit declaration, else {@code null}. */
    public static String declarationSuffix(TypeElement element) {
        if (Mirrors.find(element, Names.CORE_RESOURCE).isPresent()) {
            return Names.RESOURCE_SUFFIX;
        }
        if (Mirrors.find(element, Names.CORE_MODEL).isPresent()) {
            return Names.MODEL_SUFFIX;
        }
        return null;
    }

    /** A class the processor generated from {@code FooModel} or {@code FooResource} in an earlier round. */
    private boolean isGeneratedDto(TypeElement element) {
        String pkg = packageOf(element);
        return isDeclaredDto(pkg.isEmpty() ? element.getSimpleName().toString() : pkg + "." + element.getSimpleName());
    }

    /** Whether {@code FooModel} or {@code FooResource} beside {@code qualifiedDto} declares the DTO {@code Foo}. */
    private boolean isDeclaredDto(String qualifiedDto) {
        for (String suffix : List.of(Names.MODEL_SUFFIX, Names.RESOURCE_SUFFIX)) {
            TypeElement declaration = elements.getTypeElement(qualifiedDto + suffix);
            if (declaration != null && suffix.equals(declarationSuffix(declaration))) {
                return true;
            }
        }
        return false;
    }

    static String packageOf(Element element) {
        Element current = element;
        while (!(current instanceof PackageElement)) {
            current = current.getEnclosingElement();
        }
        return ((PackageElement) current).getQualifiedName().toString();
    }
}
