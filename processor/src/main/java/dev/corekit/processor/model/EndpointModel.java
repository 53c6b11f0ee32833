package dev.corekit.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * An extra endpoint of a resource: {@code method} on {@code path} (relative to the resource's path), returning
 * {@code returnType} ({@code null} for void).
 */
public record EndpointModel(
        String name,
        EndpointAnnotation annotation,
        TypeName returnType,
        List<Parameter> parameters,
        String javadoc,
        ExecutableElement element) {

    /** The role a method parameter plays in the request. */
    public enum Role {
        /** A variable of the path, {@code {name}}. */
        PATH,
        /** The {@code CoreQuery}, sent as query parameters. */
        QUERY,
        /** The JSON body. */
        BODY
    }

    /**
     * One parameter of the endpoint method: {@code type} for the generated client, {@code declaredType} as the
     * declaration sees it.
     */
    public record Parameter(String name, TypeName type, Role role, VariableElement element, TypeMirror declaredType) {}

    /** {@return the endpoint's HTTP method} */
    public HttpMethod httpMethod() {
        return annotation.method();
    }

    /** {@return the endpoint's path below the resource's path} */
    public String path() {
        return annotation.path();
    }

    /** {@return whether a parameter is the {@code CoreQuery}} */
    public boolean hasQuery() {
        return parameters.stream().anyMatch(p -> p.role() == Role.QUERY);
    }
}
