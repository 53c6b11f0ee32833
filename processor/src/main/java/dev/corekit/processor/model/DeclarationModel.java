package dev.corekit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A checked declaration: a {@code @CoreResource} ({@code resource} true, with path, operations and endpoints) or a
 * {@code @CoreModel}. {@code idDeclared} says whether an {@code id()} accessor exists, even one that could not be
 * read; {@code idType} is its type when it could.
 */
public record DeclarationModel(
        TypeElement element,
        boolean resource,
        ClassName dto,
        ClassName api,
        String javadoc,
        String path,
        Set<String> operations,
        boolean single,
        TypeName idType,
        boolean idDeclared,
        List<FieldModel> fields,
        List<EndpointModel> endpoints) {

    public boolean has(String operation) {
        return operations.contains(operation);
    }
}
