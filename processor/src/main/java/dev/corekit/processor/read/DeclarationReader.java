package dev.corekit.processor.read;

import com.palantir.javapoet.ClassName;
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
import javax.annotation.processing.ProcessingEnvironment;
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

    /**
     * Read as far as possible. Errors found while reading were reported; {@code missing} names types that do not exist
     * (yet): such a declaration is retried in the next round, and is neither checked nor written meanwhile.
     */
    public record Read(DeclarationModel model, Set<String> missing) implements Result {}

    /** The annotated element is no interface: nothing more can be read. */
    public record Failed() implements Result {}

    private final Elements elements;
    private final Types types;
    /** Maps types as seen from the declaration being read. */
    private TypeMapper mapper;

    private final ProcessingEnvironment environment;

    public DeclarationReader(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
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
                    element,
                    mirror,
                    null,
                    Message.NOT_AN_INTERFACE,
                    annotation,
                    element.getSimpleName(),
                    kindName(element));
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
        mapper = new TypeMapper(elements, pkg, Imports.singleType(environment, element));
        // A name that breaks the rule was reported; the declaration is still read and checked under its own name.
        String dtoName = simpleName.endsWith(suffix) && simpleName.length() > suffix.length()
                ? simpleName.substring(0, simpleName.length() - suffix.length())
                : simpleName;
        ClassName dto = ClassName.get(pkg, dtoName);
        ClassName api = ClassName.get(pkg, dtoName + "Api");

        Set<String> missing = new TreeSet<>();
        String path = null;
        Set<String> operations = Set.of();
        boolean single = false;
        if (resource) {
            path = String.valueOf(Mirrors.value(elements, mirror, "path").getValue());
            if (Mirrors.ERROR_VALUE.equals(path)) {
                // javac reports the unresolved constant; the path is known once it resolves.
                missing.add("the value of path");
            }
            operations = operations(mirror);
            single = Boolean.TRUE.equals(
                    Mirrors.value(elements, mirror, "single").getValue());
        }

        List<FieldModel> fields = new ArrayList<>();
        List<EndpointModel> endpoints = new ArrayList<>();
        DeclaredType self = (DeclaredType) element.asType();
        boolean idDeclared = false;
        for (ExecutableElement method : abstractMethods(element, missing, diagnostics)) {
            String display = displayName(element, method);
            Element at = method.getEnclosingElement().equals(element) ? method : element;
            ExecutableType asMember = (ExecutableType) types.asMemberOf(self, method);
            if (Mirrors.find(method, Names.CORE_ENDPOINT).isPresent()) {
                if (!resource) {
                    diagnostics.error(at, Message.ENDPOINT_ON_MODEL, simpleName);
                    continue;
                }
                EndpointReader.read(this, method, asMember, at, display, diagnostics, missing, lastChance)
                        .ifPresent(endpoints::add);
                continue;
            }
            if (!method.getParameters().isEmpty()) {
                diagnostics.error(at, Message.ACCESSOR_PARAMETERS, display + "(...)");
                continue;
            }
            idDeclared |= method.getSimpleName().contentEquals("id");
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
            if (Mirrors.ERROR_VALUE.equals(json)) {
                missing.add("the value of @JsonProperty on " + display + "()");
                continue;
            }
            if (json == null) {
                warnIfBeanGetter(at, display, name, diagnostics);
            }
            fields.add(new FieldModel(
                    name,
                    json != null ? json : name,
                    type,
                    Javadoc.of(elements, method),
                    Mirrors.find(method, Names.REDACTED).isPresent(),
                    method));
        }

        TypeName idType = fields.stream()
                .filter(f -> f.name().equals("id"))
                .map(f -> f.type().storage())
                .findFirst()
                .orElse(null);
        return new Read(
                new DeclarationModel(
                        element,
                        resource,
                        dto,
                        resource ? api : null,
                        Javadoc.of(elements, element),
                        path,
                        operations,
                        single,
                        idType,
                        idDeclared,
                        List.copyOf(fields),
                        List.copyOf(endpoints)),
                missing);
    }

    /** {@code getTitle()} is JSON {@code getTitle}: say so, since a JavaBeans habit would expect {@code title}. */
    private static void warnIfBeanGetter(Element at, String display, String name, Diagnostics diagnostics) {
        if (name.length() > 3 && name.startsWith("get") && Character.isUpperCase(name.charAt(3))) {
            String rest = name.substring(3);
            // JavaBeans' rule: getURL() is the property URL, getTitle() the property title.
            String property = rest.length() > 1 && Character.isUpperCase(rest.charAt(1))
                    ? rest
                    : Character.toLowerCase(rest.charAt(0)) + rest.substring(1);
            diagnostics.warning(at, Message.BEAN_GETTER, display, name, property, property, property);
        }
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
            operations.add(((VariableElement) ((AnnotationValue) item).getValue())
                    .getSimpleName()
                    .toString());
        }
        return operations;
    }

    /**
     * The declaration's abstract methods: those of its super-interfaces first, in declaration order, then its own;
     * an override keeps the position of the method it overrides.
     */
    private List<ExecutableElement> abstractMethods(TypeElement element, Set<String> missing, Diagnostics diagnostics) {
        Map<String, ExecutableElement> byKey = new LinkedHashMap<>();
        collect(element, element, byKey, new LinkedHashSet<>(), missing, diagnostics);
        return new ArrayList<>(byKey.values());
    }

    private void collect(
            TypeElement declaration,
            TypeElement type,
            Map<String, ExecutableElement> byKey,
            Set<String> visited,
            Set<String> missing,
            Diagnostics diagnostics) {
        if (!visited.add(type.getQualifiedName().toString())) {
            return;
        }
        for (TypeMirror superType : type.getInterfaces()) {
            if (superType.getKind() == TypeKind.DECLARED) {
                collect(
                        declaration,
                        (TypeElement) ((DeclaredType) superType).asElement(),
                        byKey,
                        visited,
                        missing,
                        diagnostics);
            } else if (superType.getKind() == TypeKind.ERROR) {
                // Its accessors (perhaps id()) are unknown until it exists; javac reports it if it never does.
                missing.add(superType.toString());
            }
        }
        for (Element member : type.getEnclosedElements()) {
            if (member.getKind() != ElementKind.METHOD) {
                continue;
            }
            if (!member.getModifiers().contains(Modifier.ABSTRACT)) {
                if (Mirrors.find(member, Names.CORE_ENDPOINT).isPresent()) {
                    diagnostics.error(
                            member.getEnclosingElement().equals(declaration) ? member : declaration,
                            Message.ENDPOINT_NOT_ABSTRACT,
                            member.getSimpleName());
                }
                continue;
            }
            if (isObjectMethod((ExecutableElement) member)) {
                // An interface may redeclare Object's methods (for javadoc); they are no fields.
                continue;
            }
            ExecutableElement method = (ExecutableElement) member;
            String key = method.getSimpleName() + "/" + method.getParameters().size();
            // An override replaces the inherited accessor in its place; methods with parameters never clash.
            byKey.put(method.getParameters().isEmpty() ? key : key + "/" + method, method);
        }
    }

    private static boolean isObjectMethod(ExecutableElement method) {
        String name = method.getSimpleName().toString();
        List<? extends VariableElement> parameters = method.getParameters();
        if (parameters.isEmpty()) {
            return name.equals("hashCode") || name.equals("toString");
        }
        return name.equals("equals")
                && parameters.size() == 1
                && parameters.get(0).asType().toString().equals("java.lang.Object");
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
            // Local types never reach a processor (javac does not offer them), so only nesting is checked here.
            current = type.getEnclosingElement();
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
}
