package dev.corekit.processor.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * A read declaration: a {@code @CoreResource} (with path, operations and endpoints) or a {@code @CoreModel}.
 * {@code idDeclared} says whether an {@code id()} accessor exists, even one that could not be read; {@code idType} is
 * its type when it could. {@code flaws} are the members reading found unusable; a declaration is written only when
 * the checks found nothing wrong.
 */
public record DeclarationModel(
        TypeElement element,
        DeclarationAnnotation annotation,
        ClassName dto,
        ClassName api,
        String javadoc,
        TypeName idType,
        boolean idDeclared,
        List<FieldModel> fields,
        List<EndpointModel> endpoints,
        List<Flaw> flaws) {

    /** {@return whether this is a {@code @CoreResource}, with a client} */
    public boolean resource() {
        return annotation.kind() == DeclarationKind.RESOURCE;
    }

    /** {@return the resource's collection path, e.g. {@code crm/lead}; {@code null} for a model} */
    public String path() {
        return resource() ? annotation.resource().path() : null;
    }

    /** {@return whether the resource is a single object (no id, no collection)} */
    public boolean single() {
        return resource() && annotation.resource().single();
    }

    /** {@return the resource's standard operations; none for a model} */
    public Set<Operation> operations() {
        return resource() ? annotation.resource().operations() : Set.of();
    }

    /**
     * {@return whether the resource offers {@code operation}}
     *
     * @param operation a standard operation
     */
    public boolean has(Operation operation) {
        return operations().contains(operation);
    }
}
