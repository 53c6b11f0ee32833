package dev.corekit.processor.read;

import com.palantir.javapoet.TypeName;
import dev.corekit.processor.model.EndpointAnnotation;
import dev.corekit.processor.model.EndpointModel;
import dev.corekit.processor.model.Flaw;
import dev.corekit.processor.model.HttpMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Reads a {@code @CoreEndpoint} method into an {@link EndpointModel}: each parameter's role (a path variable, the
 * {@code CoreQuery}, else the body) and the types the client uses; what it cannot map becomes a {@link Flaw}.
 */
final class EndpointReader {

    private EndpointReader() {}

    static EndpointModel read(
            DeclarationReader reader,
            ExecutableElement method,
            ExecutableType asMember,
            String display,
            List<Flaw> flaws,
            Set<String> missing) {
        EndpointAnnotation annotation = annotation(reader, method, display, missing);
        Set<String> variables = annotation.variables();

        List<EndpointModel.Parameter> parameters = new ArrayList<>();
        boolean body = false;
        List<? extends VariableElement> declared = method.getParameters();
        for (int i = 0; i < declared.size(); i++) {
            VariableElement parameter = declared.get(i);
            String name = parameter.getSimpleName().toString();
            TypeMirror type = asMember.getParameterTypes().get(i);
            if (variables.contains(name)) {
                parameters.add(new EndpointModel.Parameter(
                        name, TypeName.get(type), EndpointModel.Role.PATH, parameter, type));
                continue;
            }
            if (typeName(type).equals(Names.CORE_QUERY)) {
                parameters.add(new EndpointModel.Parameter(
                        name, TypeName.get(type), EndpointModel.Role.QUERY, parameter, type));
                continue;
            }
            if (!body) {
                // Only the first body is mapped: a second one is an error of its own.
                TypeMapper.Mapped mapped = reader.mapper().map(type);
                if (mapped instanceof TypeMapper.Missing m) {
                    missing.add(m.typeName());
                    flaws.add(new Flaw.MissingType(method, parameter, m.typeName()));
                } else if (mapped instanceof TypeMapper.Unsupported bad) {
                    flaws.add(new Flaw.UnsupportedBodyType(method, parameter, type, bad.reason()));
                }
            }
            body = true;
            parameters.add(new EndpointModel.Parameter(
                    name, reader.clientType(type), EndpointModel.Role.BODY, parameter, type));
        }

        TypeMirror returnType = asMember.getReturnType();
        TypeName clientReturn = null;
        if (returnType.getKind() != TypeKind.VOID) {
            TypeMapper.Mapped mapped = reader.mapper().map(returnType);
            if (mapped instanceof TypeMapper.Missing m) {
                missing.add(m.typeName());
                flaws.add(new Flaw.MissingType(method, null, m.typeName()));
            } else if (mapped instanceof TypeMapper.Unsupported bad) {
                flaws.add(new Flaw.UnsupportedReturnType(method, returnType, bad.reason()));
            } else {
                clientReturn = ((TypeMapper.Ok) mapped).type().accessor();
            }
        }
        return new EndpointModel(
                method.getSimpleName().toString(),
                annotation,
                clientReturn,
                List.copyOf(parameters),
                Javadoc.of(reader.elements(), method),
                method);
    }

    private static EndpointAnnotation annotation(
            DeclarationReader reader, ExecutableElement method, String display, Set<String> missing) {
        AnnotationMirror mirror = Mirrors.find(method, Names.CORE_ENDPOINT).orElseThrow();
        String path =
                String.valueOf(Mirrors.value(reader.elements(), mirror, "path").getValue());
        if (Mirrors.ERROR_VALUE.equals(path)) {
            // javac reports the unresolved constant.
            missing.add("the path of " + display + "()");
            path = null;
        }
        HttpMethod httpMethod = HttpMethod.valueOf(((VariableElement)
                        Mirrors.value(reader.elements(), mirror, "method").getValue())
                .getSimpleName()
                .toString());
        return new EndpointAnnotation(mirror, httpMethod, path, Mirrors.explicitValue(mirror, "path"));
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
