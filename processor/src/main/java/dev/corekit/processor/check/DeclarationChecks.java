package dev.corekit.processor.check;

import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.FieldModel;
import dev.corekit.processor.read.Mirrors;
import dev.corekit.processor.read.Names;
import dev.corekit.processor.read.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/** Checks a read declaration as a whole; every problem is reported, on the element it belongs to. */
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

    public static void check(DeclarationModel model, Diagnostics diagnostics) {
        Element element = model.element();
        AnnotationMirror resource = Mirrors.find(element, Names.CORE_RESOURCE).orElse(null);
        if (model.resource()) {
            checkPath(model, resource, diagnostics);
            checkOperations(model, resource, diagnostics);
        }
        Map<String, FieldModel> byJson = new HashMap<>();
        for (FieldModel field : model.fields()) {
            Element at = at(model, field.element());
            String display = display(model, field);
            FieldModel previous = byJson.putIfAbsent(field.jsonName(), field);
            if (previous != null) {
                diagnostics.error(at, Message.DUPLICATE_JSON_NAME, display, field.jsonName(), display(model, previous));
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

    private static void checkPath(DeclarationModel model, AnnotationMirror mirror, Diagnostics diagnostics) {
        String path = model.path();
        if (path.isEmpty()) {
            diagnostics.error(model.element(), mirror, Mirrors.explicitValue(mirror, "path"), Message.PATH_EMPTY);
            return;
        }
        String problem = Paths.collectionProblem(path);
        if (problem != null) {
            diagnostics.error(
                    model.element(),
                    mirror,
                    Mirrors.explicitValue(mirror, "path"),
                    Message.PATH_INVALID,
                    path,
                    problem);
        }
    }

    private static void checkOperations(DeclarationModel model, AnnotationMirror mirror, Diagnostics diagnostics) {
        if (model.single()) {
            for (String operation : List.of("LIST", "CREATE", "DELETE")) {
                if (model.has(operation)) {
                    diagnostics.error(
                            model.element(),
                            mirror,
                            Mirrors.explicitValue(mirror, "operations"),
                            Message.SINGLE_OPERATION,
                            operation);
                }
            }
            return;
        }
        if (!model.idDeclared()) {
            for (String operation : List.of("GET", "UPDATE", "DELETE")) {
                if (model.has(operation)) {
                    diagnostics.error(
                            model.element(),
                            mirror,
                            Mirrors.explicitValue(mirror, "operations"),
                            Message.OPERATION_NEEDS_ID,
                            operation);
                }
            }
        }
    }

    /** Where to report a problem with a member: on it when it is declared here, else on the declaration. */
    private static Element at(DeclarationModel model, Element member) {
        return member.getEnclosingElement().equals(model.element()) ? member : model.element();
    }

    private static String display(DeclarationModel model, FieldModel field) {
        Element owner = field.element().getEnclosingElement();
        return owner.equals(model.element()) ? field.name() : owner.getSimpleName() + "." + field.name();
    }
}
