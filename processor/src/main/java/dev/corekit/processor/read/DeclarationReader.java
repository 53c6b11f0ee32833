package dev.corekit.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.corekit.processor.check.Diagnostics;
import dev.corekit.processor.check.Message;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads one annotated element into a {@link DeclarationModel}, reporting what it cannot read. Checks that need the
 * whole model run afterwards in {@code DeclarationChecks}.
 */
public final class DeclarationReader {

    /** The outcome of reading a declaration. */
    public sealed interface Result {}

    /** Read without errors. */
    public record Read(DeclarationModel model) implements Result {}

    /** Refers to types that do not exist yet; retry in the next round. */
    public record Deferred(Set<String> missing) implements Result {}

    /** Errors were reported. */
    public record Failed() implements Result {}

    private final Elements elements;
    private final Types types;
    private final TypeMapper mapper;

    public DeclarationReader(Elements elements, Types types) {
        this.elements = elements;
        this.types = types;
        this.mapper = new TypeMapper(elements);
    }

    /**
     * Reads {@code element}. When {@code lastChance} is set, types that still do not exist are reported as errors
     * instead of deferring.
     */
    public Result read(TypeElement element, Diagnostics diagnostics, boolean lastChance) {
        AnnotationMirror resourceMirror =
                Mirrors.find(element, Names.CORE_RESOURCE).orElse(null);
        AnnotationMirror modelMirror = Mirrors.find(element, Names.CORE_MODEL).orElse(null);
        boolean resource = resourceMirror != null;
        AnnotationMirror mirror = resource ? resourceMirror : modelMirror;
        String annotation = resource ? "CoreResource" : "CoreModel";
        String suffix = resource ? Names.RESOURCE_SUFFIX : Names.MODEL_SUFFIX;

        if (element.getKind() != ElementKind.INTERFACE) {
            diagnostics.error(
                    element, mirror, null, Message.NOT_AN_INTERFACE, annotation, element.getSimpleName(), kindName(element));
            return new Failed();
        }
        if (resourceMirror != null && modelMirror != null) {
            diagnostics.error(element, modelMirror, null, Message.BOTH_ANNOTATIONS, element.getSimpleName());
        }
        String simpleName = element.getSimpleName().toString();
        if (!simpleName.endsWith(suffix) || simpleName.length() == suffix.length()) {
            diagnostics.error(element, mirror, null, Message.NAME_RULE, annotation, suffix, simpleName);
        }
        if (!element.getTypeParameters().isEmpty()) {
            diagnostics.error(element, Message.GENERIC_DECLARATION, simpleName);
        }
        String inaccessible = inaccessibility(element);
        if (inaccessible != null) {
            diagnostics.error(element, Message.INACCESSIBLE, simpleName, inaccessible);
        }

        String pkg = TypeMapper.packageOf(element);
        String dtoName = simpleName.endsWith(suffix) ? simpleName.substring(0, simpleName.length() - suffix.length()) : simpleName;
        ClassName dto = ClassName.get(pkg, dtoName);
        ClassName api = ClassName.get(pkg, dtoName + "Api");

        String path = null;
        Set<String> operations = Set.of();
        boolean single = false;
        if (resource) {
            path = String.valueOf(Mirrors.value(elements, mirror, "path").getValue());
            operations = operations(mirror);
            single = Boolean.TRUE.equals(Mirrors.value(elements, mirror, "single").getValue());
        }

        Set<String> missing = new TreeSet<>();
        List<FieldModel> fields = new ArrayList<>();
        List<EndpointModel> endpoints = new ArrayList<>();
        DeclaredType self = (DeclaredType) element.asType();
        for (ExecutableElement method : abstractMethods(element)) {
            String display = displayName(element, method);
            Element at = method.getEnclosingElement().equals(element) ? method : element;
            ExecutableType asMember = (ExecutableType) types.asMemberOf(self, method);
            if (Mirrors.find(method, Names.CORE_ENDPOINT).isPresent()) {
                if (!resource) {
                    diagnostics.error(at, Message.ENDPOINT_ON_MODEL, simpleName);
                    continue;
                }
                EndpointReader.read(this, method, asMember, at, display, diagnostics, missing)
                        .ifPresent(endpoints::add);
                continue;
            }
            if (!method.getParameters().isEmpty()) {
                diagnostics.error(at, Message.ACCESSOR_PARAMETERS, display + "(...)");
                continue;
            }
            if (asMember.getReturnType().getKind() == TypeKind.VOID) {
                diagnostics.error(at, Message.ACCESSOR_VOID, display);
                continue;
            }
            TypeMapper.Mapped mapped = mapper.map(asMember.getReturnType());
            if (mapped instanceof TypeMapper.Missing m) {
                missing.add(m.typeName());
                if (lastChance) {
                    diagnostics.error(at, Message.UNRESOLVED_TYPE, display, m.typeName());
                }
                continue;
            }
            if (mapped instanceof TypeMapper.Unsupported bad) {
                diagnostics.error(at, Message.UNSUPPORTED_TYPE, display, asMember.getReturnType(), bad.reason());
                continue;
            }
            TypeRef type = ((TypeMapper.Ok) mapped).type();
            String name = method.getSimpleName().toString();
            String json = Mirrors.jsonProperty(method);
            fields.add(new FieldModel(
                    name,
                    json != null ? json : name,
                    type,
                    Javadoc.of(elements, method),
                    Mirrors.find(method, Names.REDACTED).isPresent(),
                    method));
        }

        if (diagnostics.hasErrors()) {
            return new Failed();
        }
        if (!missing.isEmpty()) {
            return new Deferred(missing);
        }
        TypeName idType = fields.stream()
                .filter(f -> f.name().equals("id"))
                .map(f -> f.type().storage())
                .findFirst()
                .orElse(null);
        return new Read(new DeclarationModel(
                element,
                resource,
                dto,
                resource ? api : null,
                Javadoc.of(elements, element),
                path,
                operations,
                single,
                idType,
                List.copyOf(fields),
                List.copyOf(endpoints)));
    }

    TypeMapper mapper() {
        return mapper;
    }

    Elements elements() {
        return elements;
    }

    /** A parameter's or return value's type for the generated client, declarations standing for their DTOs. */
    TypeName clientType(TypeMirror type) {
        TypeMapper.Mapped mapped = mapper.map(type);
        return mapped instanceof TypeMapper.Ok ok ? ok.type().storage() : TypeName.get(type);
    }

    private Set<String> operations(AnnotationMirror mirror) {
        Set<String> operations = new LinkedHashSet<>();
        Object value = Mirrors.value(elements, mirror, "operations").getValue();
        for (Object item : (List<?>) value) {
            operations.add(((VariableElement) ((AnnotationValue) item).getValue()).getSimpleName().toString());
        }
        return operations;
    }

    /**
     * The declaration's abstract methods: those of its super-interfaces first, in declaration order, then its own;
     * an override keeps the position of the method it overrides.
     */
    private List<ExecutableElement> abstractMethods(TypeElement element) {
        Map<String, ExecutableElement> byKey = new LinkedHashMap<>();
        collect(element, byKey, new LinkedHashSet<>());
        return new ArrayList<>(byKey.values());
    }

    private void collect(TypeElement type, Map<String, ExecutableElement> byKey, Set<String> visited) {
        if (!visited.add(type.getQualifiedName().toString())) {
            return;
        }
        for (TypeMirror superType : type.getInterfaces()) {
            if (superType.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) superType).asElement(), byKey, visited);
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() == ElementKind.METHOD && member.getModifiers().contains(Modifier.ABSTRACT)) {
                ExecutableElement method = (ExecutableElement) member;
                String key = method.getSimpleName() + "/" + method.getParameters().size();
                if (method.getParameters().isEmpty()) {
                    byKey.put(key, method);
                } else {
                    byKey.put(key + "/" + method, method);
                }
            }
        }
    }

    private static String displayName(TypeElement declaration, ExecutableElement method) {
        Element owner = method.getEnclosingElement();
        return owner.equals(declaration)
                ? method.getSimpleName().toString()
                : owner.getSimpleName() + "." + method.getSimpleName();
    }

    /** Why generated code in the same package cannot reach {@code element}, or {@code null} if it can. */
    private static String inaccessibility(TypeElement element) {
        Element current = element;
        while (current instanceof TypeElement type) {
            if (type.getModifiers().contains(Modifier.PRIVATE)) {
                return current == element ? "private" : "nested in the private type " + type.getSimpleName();
            }
            Element enclosing = type.getEnclosingElement();
            if (enclosing.getKind() != ElementKind.PACKAGE && !(enclosing instanceof TypeElement)) {
                return "declared inside a method";
            }
            current = enclosing;
        }
        return null;
    }

    private static String kindName(Element element) {
        switch (element.getKind()) {
            case CLASS:
                return "a class";
            case ENUM:
                return "an enum";
            case ANNOTATION_TYPE:
                return "an annotation type";
            case RECORD:
                return "a record";
            default:
                return "a " + element.getKind().toString().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static TypeName listOf(TypeName element) {
        return ParameterizedTypeName.get(ClassName.get(List.class), element);
    }
}
