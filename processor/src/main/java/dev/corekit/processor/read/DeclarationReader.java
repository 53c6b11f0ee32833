package dev.corekit.processor.read;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.corekit.processor.model.DeclarationAnnotation;
import dev.corekit.processor.model.DeclarationKind;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.model.Flaw;
import dev.corekit.processor.model.Operation;
import dev.corekit.processor.model.ResourceAnnotation;
import dev.corekit.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Reads one annotated element into a {@link DeclarationModel}: its annotation's values, its fields and endpoints, and
 * the members it cannot use (as {@link Flaw}s). It reports nothing; {@code DeclarationChecks} judges what was read.
 */
public final class DeclarationReader {

    /**
     * What was read. {@code model} is {@code null} when the element is no interface (nothing more can be read);
     * {@code missing} names types that do not exist (yet): such a declaration is retried in the next round, and is
     * not written meanwhile.
     */
    public record Read(
            TypeElement element, DeclarationAnnotation annotation, DeclarationModel model, Set<String> missing) {}

    private final Elements elements;
    private final Types types;
    /** Maps types as seen from the declaration being read. */
    private TypeMapper mapper;

    private final ProcessingEnvironment environment;

    /**
     * A reader for one declaration.
     *
     * @param environment the processor's environment
     */
    public DeclarationReader(ProcessingEnvironment environment) {
        this.environment = environment;
        this.elements = environment.getElementUtils();
        this.types = environment.getTypeUtils();
    }

    /**
     * Reads {@code element}, annotated {@code @CoreResource} or {@code @CoreModel}.
     *
     * @param element the annotated type
     * @return what was read
     */
    public Read read(TypeElement element) {
        Set<String> missing = new TreeSet<>();
        DeclarationAnnotation annotation = annotation(element, missing);
        if (element.getKind() != ElementKind.INTERFACE) {
            return new Read(element, annotation, null, Set.of());
        }
        boolean resource = annotation.kind() == DeclarationKind.RESOURCE;
        String simpleName = element.getSimpleName().toString();
        String suffix = annotation.kind().suffix();

        String pkg = TypeMapper.packageOf(element);
        mapper = new TypeMapper(elements, pkg, Imports.singleType(environment, element));
        // A name that breaks the rule is reported; the declaration is still read and checked under its own name.
        String dtoName = simpleName.endsWith(suffix) && simpleName.length() > suffix.length()
                ? simpleName.substring(0, simpleName.length() - suffix.length())
                : simpleName;
        ClassName dto = ClassName.get(pkg, dtoName);
        ClassName api = ClassName.get(pkg, dtoName + "Api");

        List<FieldModel> fields = new ArrayList<>();
        List<EndpointModel> endpoints = new ArrayList<>();
        List<Flaw> flaws = new ArrayList<>();
        DeclaredType self = (DeclaredType) element.asType();
        boolean idDeclared = false;
        for (ExecutableElement method : abstractMethods(element, missing, flaws)) {
            String display = displayName(element, method);
            ExecutableType asMember = (ExecutableType) types.asMemberOf(self, method);
            if (Mirrors.find(method, Names.CORE_ENDPOINT).isPresent()) {
                if (!resource) {
                    flaws.add(new Flaw.EndpointOnModel(method));
                    continue;
                }
                endpoints.add(EndpointReader.read(this, method, asMember, display, flaws, missing));
                continue;
            }
            if (!method.getParameters().isEmpty()) {
                flaws.add(new Flaw.AccessorWithParameters(method));
                continue;
            }
            idDeclared |= method.getSimpleName().contentEquals("id");
            if (asMember.getReturnType().getKind() == TypeKind.VOID) {
                flaws.add(new Flaw.VoidAccessor(method));
                continue;
            }
            TypeMapper.Mapped mapped = mapper.map(asMember.getReturnType());
            if (mapped instanceof TypeMapper.Missing m) {
                missing.add(m.typeName());
                flaws.add(new Flaw.MissingType(method, null, m.typeName()));
                continue;
            }
            if (mapped instanceof TypeMapper.Unsupported bad) {
                flaws.add(new Flaw.UnsupportedType(method, asMember.getReturnType(), bad.reason()));
                continue;
            }
            TypeRef type = ((TypeMapper.Ok) mapped).type();
            String name = method.getSimpleName().toString();
            String json = Mirrors.jsonProperty(method);
            if (Mirrors.ERROR_VALUE.equals(json)) {
                missing.add("the value of @JsonProperty on " + display + "()");
                continue;
            }
            fields.add(new FieldModel(
                    name,
                    json != null ? json : name,
                    json != null,
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
                element,
                annotation,
                new DeclarationModel(
                        element,
                        annotation,
                        dto,
                        resource ? api : null,
                        Javadoc.of(elements, element),
                        idType,
                        idDeclared,
                        List.copyOf(fields),
                        List.copyOf(endpoints),
                        List.copyOf(flaws)),
                missing);
    }

    /** Reads the declaration's annotation; a path that does not resolve yet is added to {@code missing}. */
    private DeclarationAnnotation annotation(TypeElement element, Set<String> missing) {
        AnnotationMirror resourceMirror =
                Mirrors.find(element, Names.CORE_RESOURCE).orElse(null);
        AnnotationMirror modelMirror = Mirrors.find(element, Names.CORE_MODEL).orElse(null);
        if (resourceMirror == null) {
            return new DeclarationAnnotation(DeclarationKind.MODEL, modelMirror, null, null);
        }
        String path =
                String.valueOf(Mirrors.value(elements, resourceMirror, "path").getValue());
        if (Mirrors.ERROR_VALUE.equals(path)) {
            // javac reports the unresolved constant; the path is known once it resolves.
            missing.add("the value of path");
            path = null;
        }
        ResourceAnnotation values = new ResourceAnnotation(
                path,
                Mirrors.explicitValue(resourceMirror, "path"),
                operations(resourceMirror),
                Mirrors.explicitValue(resourceMirror, "operations"),
                Boolean.TRUE.equals(
                        Mirrors.value(elements, resourceMirror, "single").getValue()));
        return new DeclarationAnnotation(DeclarationKind.RESOURCE, resourceMirror, modelMirror, values);
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

    private Set<Operation> operations(AnnotationMirror mirror) {
        Set<Operation> operations = EnumSet.noneOf(Operation.class);
        Object value = Mirrors.value(elements, mirror, "operations").getValue();
        for (Object item : (List<?>) value) {
            operations.add(Operation.valueOf(((VariableElement) ((AnnotationValue) item).getValue())
                    .getSimpleName()
                    .toString()));
        }
        return operations;
    }

    /**
     * The declaration's abstract methods: those of its super-interfaces first, in declaration order, then its own;
     * an override keeps the position of the method it overrides.
     */
    private List<ExecutableElement> abstractMethods(TypeElement element, Set<String> missing, List<Flaw> flaws) {
        Map<String, ExecutableElement> byKey = new LinkedHashMap<>();
        collect(element, byKey, new LinkedHashSet<>(), missing, flaws);
        return new ArrayList<>(byKey.values());
    }

    private void collect(
            TypeElement type,
            Map<String, ExecutableElement> byKey,
            Set<String> visited,
            Set<String> missing,
            List<Flaw> flaws) {
        if (!visited.add(type.getQualifiedName().toString())) {
            return;
        }
        for (TypeMirror superType : type.getInterfaces()) {
            if (superType.getKind() == TypeKind.DECLARED) {
                collect((TypeElement) ((DeclaredType) superType).asElement(), byKey, visited, missing, flaws);
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
                    flaws.add(new Flaw.EndpointNotAbstract((ExecutableElement) member));
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
}
