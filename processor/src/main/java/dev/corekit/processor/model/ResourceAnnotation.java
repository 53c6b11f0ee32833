package dev.corekit.processor.model;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;

/**
 * The values of {@code @CoreResource}. {@code path} is {@code null} while its expression does not resolve;
 * {@code pathSource} and {@code operationsSource} are the values as written in the source, for diagnostics to point
 * at, or {@code null} where the default applies.
 */
public record ResourceAnnotation(
        String path,
        AnnotationValue pathSource,
        Set<Operation> operations,
        AnnotationValue operationsSource,
        boolean single) {

    /**
     * Copies {@code operations} into an unmodifiable set.
     *
     * @param path the path, or {@code null} while it does not resolve
     * @param pathSource the path as written, or {@code null} for the default
     * @param operations the standard operations
     * @param operationsSource the operations as written, or {@code null} for the default
     * @param single whether the resource is a single object
     */
    public ResourceAnnotation {
        EnumSet<Operation> copy = EnumSet.noneOf(Operation.class);
        copy.addAll(operations);
        operations = Collections.unmodifiableSet(copy);
    }
}
