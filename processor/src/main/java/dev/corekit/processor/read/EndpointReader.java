package dev.corekit.processor.read;

import com.palantir.javapoet.TypeName;
import dev.corekit.processor.check.Diagnostics;
import dev.corekit.processor.check.Message;
import dev.corekit.processor.model.EndpointModel;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/** Reads a {@code @CoreEndpoint} method into an {@link EndpointModel}. */
final class EndpointReader {
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");
    private static final Set<String> VARIABLE_TYPES =
            Set.of("java.lang.String", "java.util.UUID", "java.lang.Integer", "java.lang.Long", "int", "long");

    private EndpointReader() {}

    static Optional<EndpointModel> read(
            DeclarationReader reader,
            ExecutableElement method,
            ExecutableType asMember,
            Element at,
            String display,
            Diagnostics diagnostics,
            Set<String> missing,
            boolean lastChance) {
        AnnotationMirror mirror = Mirrors.find(method, Names.CORE_ENDPOINT).orElseThrow();
        AnnotationValue pathValue = Mirrors.value(reader.elements(), mirror, "path");
        String path = String.valueOf(pathValue.getValue());
        String httpMethod = ((VariableElement)
                        Mirrors.value(reader.elements(), mirror, "method").getValue())
                .getSimpleName()
                .toString();
        boolean ok = true;

        String pathProblem = Paths.endpointProblem(path);
        if (Mirrors.ERROR_VALUE.equals(path)) {
            // javac reports the unresolved constant.
            missing.add("the path of " + display + "()");
        } else if (pathProblem != null) {
            diagnostics.error(
                    at,
                    mirror,
                    Mirrors.explicitValue(mirror, "path"),
                    Message.ENDPOINT_PATH_INVALID,
                    path,
                    pathProblem);
            ok = false;
        }
        Set<String> variables = new LinkedHashSet<>();
        Matcher matcher = VARIABLE.matcher(path);
        while (matcher.find()) {
            variables.add(matcher.group(1));
        }

        List<EndpointModel.Parameter> parameters = new ArrayList<>();
        String body = null;
        boolean query = false;
        List<? extends VariableElement> declared = method.getParameters();
        for (int i = 0; i < declared.size(); i++) {
            String name = declared.get(i).getSimpleName().toString();
            TypeMirror type = asMember.getParameterTypes().get(i);
            Element paramAt = at == method ? declared.get(i) : at;
            if (variables.contains(name)) {
                if (!VARIABLE_TYPES.contains(typeName(type))) {
                    diagnostics.error(paramAt, Message.ENDPOINT_VARIABLE_TYPE, name, type);
                    ok = false;
                }
                parameters.add(new EndpointModel.Parameter(name, TypeName.get(type), EndpointModel.Role.PATH));
                continue;
            }
            if (typeName(type).equals(Names.CORE_QUERY)) {
                if (query) {
                    diagnostics.error(paramAt, Message.ENDPOINT_DUPLICATE_QUERY, display);
                    ok = false;
                }
                query = true;
                parameters.add(new EndpointModel.Parameter(name, TypeName.get(type), EndpointModel.Role.QUERY));
                continue;
            }
            if (body != null) {
                diagnostics.error(paramAt, Message.ENDPOINT_EXTRA_PARAMETER, name, body);
                ok = false;
                continue;
            }
            body = name;
            if (httpMethod.equals("GET") || httpMethod.equals("DELETE")) {
                diagnostics.error(paramAt, Message.ENDPOINT_BODY_NOT_ALLOWED, httpMethod, name);
                ok = false;
            }
            TypeMapper.Mapped mapped = reader.mapper().map(type);
            if (mapped instanceof TypeMapper.Missing m) {
                ok &= missingType(m, paramAt, display, diagnostics, missing, lastChance);
            } else if (mapped instanceof TypeMapper.Unsupported bad) {
                diagnostics.error(paramAt, Message.ENDPOINT_BODY_TYPE, name, display, type, bad.reason());
                ok = false;
            }
            parameters.add(new EndpointModel.Parameter(name, reader.clientType(type), EndpointModel.Role.BODY));
        }
        for (String variable : variables) {
            if (parameters.stream()
                    .noneMatch(
                            p -> p.role() == EndpointModel.Role.PATH && p.name().equals(variable))) {
                diagnostics.error(
                        at,
                        mirror,
                        Mirrors.explicitValue(mirror, "path"),
                        Message.ENDPOINT_UNBOUND_VARIABLE,
                        variable,
                        variable);
                ok = false;
            }
        }

        TypeMirror returnType = asMember.getReturnType();
        TypeName clientReturn = null;
        if (returnType.getKind() != TypeKind.VOID) {
            TypeMapper.Mapped mapped = reader.mapper().map(returnType);
            if (mapped instanceof TypeMapper.Missing m) {
                ok &= missingType(m, at, display, diagnostics, missing, lastChance);
            } else if (mapped instanceof TypeMapper.Unsupported bad) {
                diagnostics.error(at, Message.ENDPOINT_RETURN_TYPE, display, returnType, bad.reason());
                ok = false;
            } else {
                clientReturn = ((TypeMapper.Ok) mapped).type().accessor();
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new EndpointModel(
                method.getSimpleName().toString(),
                httpMethod,
                path,
                clientReturn,
                List.copyOf(parameters),
                Javadoc.of(reader.elements(), method),
                method));
    }

    /** Remembers a type that does not exist yet; on the last round, reports it. Returns whether all is well. */
    private static boolean missingType(
            TypeMapper.Missing type,
            Element at,
            String display,
            Diagnostics diagnostics,
            Set<String> missing,
            boolean lastChance) {
        missing.add(type.typeName());
        if (lastChance) {
            diagnostics.error(at, Message.UNRESOLVED_TYPE, display, type.typeName());
            return false;
        }
        return true;
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
