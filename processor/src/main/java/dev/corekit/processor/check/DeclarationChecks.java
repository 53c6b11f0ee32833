package dev.corekit.processor.check;

import dev.corekit.processor.model.DeclarationAnnotation;
import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.model.Flaw;
import dev.corekit.processor.model.Operation;
import dev.corekit.processor.model.ResourceAnnotation;
import dev.corekit.processor.read.DeclarationReader;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * Judges a read declaration: its shape, its annotation's values, its members and the flaws reading found. Every
 * problem is reported, on the element it belongs to.
 */
public final class DeclarationChecks {

    /** Members of the generated DTO a field accessor must not shadow. */
    private static final Set<String> DTO_MEMBERS = Set.of(
            "builder",
            "toBuilder",
            "unknownProperties",
            "equals",
            "hashCode",
            "toString",
            "getClass",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    /** Members of the generated builder a field setter must not shadow. */
    private static final Set<String> BUILDER_MEMBERS = Set.of("build");

    /** The standard methods of a generated client. */
    private static final List<String> API_METHODS = List.of("list", "get", "create", "update", "delete", "stream");

    private DeclarationChecks() {}

    /**
     * Checks what was read of one declaration. With types still missing, only what can be judged member by member is
     * checked (javac's own errors say the rest); on the {@code lastChance} round a missing type is an error.
     *
     * @param read what was read
     * @param lastChance whether no later round can generate a missing type
     * @param diagnostics where to report
     */
    public static void check(DeclarationReader.Read read, boolean lastChance, Diagnostics diagnostics) {
        TypeElement element = read.element();
        DeclarationAnnotation annotation = read.annotation();
        if (read.model() == null) {
            diagnostics.error(
                    element,
                    annotation.mirror(),
                    null,
                    Message.NOT_AN_INTERFACE,
                    annotation.kind().annotation(),
                    element.getSimpleName(),
                    kindName(element));
            return;
        }
        DeclarationModel model = read.model();
        checkShape(element, annotation, diagnostics);
        for (Flaw flaw : model.flaws()) {
            report(model, flaw, lastChance, diagnostics);
        }
        for (EndpointModel endpoint : model.endpoints()) {
            EndpointChecks.check(model, endpoint, diagnostics);
        }
        for (FieldModel field : model.fields()) {
            if (!field.jsonNamed()) {
                warnIfBeanGetter(
                        at(model, field.element()), display(model, field.element()), field.name(), diagnostics);
            }
        }
        if (read.missing().isEmpty()) {
            // These need the whole declaration.
            checkWhole(model, diagnostics);
        }
    }

    /**
     * Reports an element annotated with a corekit annotation that is not even a type.
     *
     * @param annotation the annotation
     * @param element the annotated element
     * @param diagnostics where to report
     */
    public static void notAType(TypeElement annotation, Element element, Diagnostics diagnostics) {
        diagnostics.error(
                element, Message.NOT_AN_INTERFACE, annotation.getSimpleName(), element.getSimpleName(), "not a type");
    }

    private static void checkShape(TypeElement element, DeclarationAnnotation annotation, Diagnostics diagnostics) {
        if (annotation.conflicting() != null) {
            diagnostics.error(
                    element, annotation.conflicting(), null, Message.BOTH_ANNOTATIONS, element.getSimpleName());
        }
        String simpleName = element.getSimpleName().toString();
        String suffix = annotation.kind().suffix();
        if (!simpleName.endsWith(suffix) || simpleName.length() == suffix.length()) {
            diagnostics.error(
                    element,
                    annotation.mirror(),
                    null,
                    Message.NAME_RULE,
                    annotation.kind().annotation(),
                    suffix,
                    simpleName);
        }
        if (!element.getTypeParameters().isEmpty()) {
            diagnostics.error(element, Message.GENERIC_DECLARATION, simpleName);
        }
        String inaccessible = inaccessibility(element);
        if (inaccessible != null) {
            diagnostics.error(element, Message.INACCESSIBLE, simpleName, inaccessible);
        }
    }

    private static void report(DeclarationModel model, Flaw flaw, boolean lastChance, Diagnostics diagnostics) {
        ExecutableElement method = flaw.method();
        Element at = at(model, method);
        String display = display(model, method);
        if (flaw instanceof Flaw.AccessorWithParameters) {
            diagnostics.error(at, Message.ACCESSOR_PARAMETERS, display + "(...)");
        } else if (flaw instanceof Flaw.VoidAccessor) {
            diagnostics.error(at, Message.ACCESSOR_VOID, display);
        } else if (flaw instanceof Flaw.UnsupportedType bad) {
            diagnostics.error(at, Message.UNSUPPORTED_TYPE, display, bad.type(), bad.reason());
        } else if (flaw instanceof Flaw.MissingType missing) {
            if (lastChance) {
                Element where = missing.parameter() != null && at == method ? missing.parameter() : at;
                diagnostics.error(where, Message.UNRESOLVED_TYPE, display, missing.typeName());
            }
        } else if (flaw instanceof Flaw.EndpointOnModel) {
            diagnostics.error(at, Message.ENDPOINT_ON_MODEL, model.element().getSimpleName());
        } else if (flaw instanceof Flaw.EndpointNotAbstract) {
            diagnostics.error(at, Message.ENDPOINT_NOT_ABSTRACT, method.getSimpleName());
        } else if (flaw instanceof Flaw.UnsupportedReturnType bad) {
            diagnostics.error(at, Message.ENDPOINT_RETURN_TYPE, display, bad.type(), bad.reason());
        } else if (flaw instanceof Flaw.UnsupportedBodyType bad) {
            Element where = at == method ? bad.parameter() : at;
            diagnostics.error(
                    where,
                    Message.ENDPOINT_BODY_TYPE,
                    bad.parameter().getSimpleName(),
                    display,
                    bad.type(),
                    bad.reason());
        }
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

    private static void checkWhole(DeclarationModel model, Diagnostics diagnostics) {
        if (model.resource()) {
            checkPath(model, diagnostics);
            checkOperations(model, diagnostics);
        }
        Map<String, FieldModel> byJson = new HashMap<>();
        for (FieldModel field : model.fields()) {
            Element at = at(model, field.element());
            String display = display(model, field.element());
            FieldModel previous = byJson.putIfAbsent(field.jsonName(), field);
            if (previous != null) {
                diagnostics.error(
                        at, Message.DUPLICATE_JSON_NAME, display, field.jsonName(), display(model, previous.element()));
            }
            if (DTO_MEMBERS.contains(field.name())) {
                diagnostics.error(
                        at,
                        Message.RESERVED_NAME,
                        display,
                        field.name() + "()",
                        model.dto().simpleName(),
                        field.jsonName());
            } else if (BUILDER_MEMBERS.contains(field.name())) {
                diagnostics.error(
                        at,
                        Message.RESERVED_NAME,
                        display,
                        field.name() + "()",
                        model.dto().simpleName() + ".Builder",
                        field.jsonName());
            } else if (field.name().startsWith("$")) {
                diagnostics.error(
                        at,
                        Message.RESERVED_NAME,
                        display,
                        "the names starting with '$'",
                        model.dto().simpleName(),
                        field.jsonName());
            }
        }
        for (EndpointModel endpoint : model.endpoints()) {
            if (API_METHODS.contains(endpoint.name())) {
                diagnostics.error(
                        at(model, endpoint.element()),
                        Message.ENDPOINT_NAME_CLASH,
                        endpoint.name(),
                        endpoint.name(),
                        model.api().simpleName());
            }
        }
    }

    private static void checkPath(DeclarationModel model, Diagnostics diagnostics) {
        ResourceAnnotation resource = model.annotation().resource();
        String path = resource.path();
        if (path.isEmpty()) {
            diagnostics.error(model.element(), model.annotation().mirror(), resource.pathSource(), Message.PATH_EMPTY);
            return;
        }
        String problem = Paths.collectionProblem(path);
        if (problem != null) {
            diagnostics.error(
                    model.element(),
                    model.annotation().mirror(),
                    resource.pathSource(),
                    Message.PATH_INVALID,
                    path,
                    problem);
        }
    }

    private static void checkOperations(DeclarationModel model, Diagnostics diagnostics) {
        ResourceAnnotation resource = model.annotation().resource();
        if (model.single()) {
            for (Operation operation : List.of(Operation.LIST, Operation.CREATE, Operation.DELETE)) {
                if (model.has(operation)) {
                    diagnostics.error(
                            model.element(),
                            model.annotation().mirror(),
                            resource.operationsSource(),
                            Message.SINGLE_OPERATION,
                            operation);
                }
            }
            return;
        }
        if (!model.idDeclared()) {
            for (Operation operation : List.of(Operation.GET, Operation.UPDATE, Operation.DELETE)) {
                if (model.has(operation)) {
                    diagnostics.error(
                            model.element(),
                            model.annotation().mirror(),
                            resource.operationsSource(),
                            Message.OPERATION_NEEDS_ID,
                            operation);
                }
            }
        }
    }

    /** Where to report a problem with a member: on it when it is declared here, else on the declaration. */
    static Element at(DeclarationModel model, Element member) {
        return member.getEnclosingElement().equals(model.element()) ? member : model.element();
    }

    /** A member's name as a message shows it: {@code title}, or {@code Base.title} when inherited. */
    static String display(DeclarationModel model, Element member) {
        Element owner = member.getEnclosingElement();
        return owner.equals(model.element())
                ? member.getSimpleName().toString()
                : owner.getSimpleName() + "." + member.getSimpleName();
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
        if (element.getKind() == ElementKind.CLASS) {
            return "a class";
        }
        if (element.getKind() == ElementKind.ENUM) {
            return "an enum";
        }
        if (element.getKind() == ElementKind.ANNOTATION_TYPE) {
            return "an annotation type";
        }
        if (element.getKind() == ElementKind.RECORD) {
            return "a record";
        }
        return "a " + element.getKind().toString().toLowerCase(Locale.ROOT);
    }
}
