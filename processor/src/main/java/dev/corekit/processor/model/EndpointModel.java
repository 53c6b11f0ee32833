package dev.corekit.processor.model;

import com.palantir.javapoet.TypeName;
import java.util.List;
import javax.lang.model.element.ExecutableElement;

/**
 * An extra endpoint of a resource: {@code method} on {@code path} (relative to the resource's path), returning
 * {@code returnType} ({@code null} for void).
 */
public record EndpointModel(
        String name,
        String httpMethod,
        String path,
        TypeName returnType,
        List<Parameter> parameters,
        String javadoc,
        ExecutableElement element) {

    /** The role a method parameter plays in the request. */
    public enum Role {
        PATH,
        QUERY,
        BODY
    }

    /** One parameter of the endpoint method. */
    public record Parameter(String name, TypeName type, Role role) {}

    public boolean hasQuery() {
        return parameters.stream().anyMatch(p -> p.role() == Role.QUERY);
    }
}
