package dev.corekit.processor.check;

import dev.corekit.processor.model.DeclarationModel;
import dev.corekit.processor.model.EndpointAnnotation;
import dev.corekit.processor.model.EndpointModel;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Checks an extra endpoint's path and parameters. */
final class EndpointChecks {
    private static final Set<String> VARIABLE_TYPES =
            Set.of("java.lang.String", "java.util.UUID", "java.lang.Integer", "java.lang.Long", "int", "long");

    private EndpointChecks() {}

    static void check(DeclarationModel model, EndpointModel endpoint, Diagnostics diagnostics) {
        Element at = DeclarationChecks.at(model, endpoint.element());
        String display = DeclarationChecks.display(model, endpoint.element());
        EndpointAnnotation annotation = endpoint.annotation();
        // A path that does not resolve yet is javac's to report.
        String pathProblem = annotation.path() == null ? null : Paths.endpointProblem(annotation.path());
        if (pathProblem != null) {
            diagnostics.error(
                    at,
                    annotation.mirror(),
                    annotation.pathSource(),
                    Message.ENDPOINT_PATH_INVALID,
                    annotation.path(),
                    pathProblem);
        }
        String body = null;
        boolean query = false;
        for (EndpointModel.Parameter parameter : endpoint.parameters()) {
            Element parameterAt = at == endpoint.element() ? parameter.element() : at;
            switch (parameter.role()) {
                case PATH:
                    if (!VARIABLE_TYPES.contains(typeName(parameter.declaredType()))) {
                        diagnostics.error(
                                parameterAt,
                                Message.ENDPOINT_VARIABLE_TYPE,
                                parameter.name(),
                                parameter.declaredType());
                    }
                    break;
                case QUERY:
                    if (query) {
                        diagnostics.error(parameterAt, Message.ENDPOINT_DUPLICATE_QUERY, display);
                    }
                    query = true;
                    break;
                default:
                    if (body != null) {
                        diagnostics.error(parameterAt, Message.ENDPOINT_EXTRA_PARAMETER, parameter.name(), body);
                        break;
                    }
                    body = parameter.name();
                    if (!endpoint.httpMethod().allowsBody()) {
                        diagnostics.error(
                                parameterAt,
                                Message.ENDPOINT_BODY_NOT_ALLOWED,
                                endpoint.httpMethod(),
                                parameter.name());
                    }
                    break;
            }
        }
        for (String variable : annotation.variables()) {
            if (endpoint.parameters().stream()
                    .noneMatch(
                            p -> p.role() == EndpointModel.Role.PATH && p.name().equals(variable))) {
                diagnostics.error(
                        at,
                        annotation.mirror(),
                        annotation.pathSource(),
                        Message.ENDPOINT_UNBOUND_VARIABLE,
                        variable,
                        variable);
            }
        }
    }

    private static String typeName(TypeMirror type) {
        if (type.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) type).asElement())
                    .getQualifiedName()
                    .toString();
        }
        return type.toString();
    }
}
