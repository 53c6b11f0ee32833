package dev.corekit.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Reads annotations through their mirrors, by qualified name. */
public final class Mirrors {
    /** What javac gives as the value of an annotation attribute whose expression does not resolve. */
    public static final String ERROR_VALUE = "<error>";

    private Mirrors() {}

    public static Optional<AnnotationMirror> find(Element element, String annotationName) {
        for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
            TypeElement type = (TypeElement) mirror.getAnnotationType().asElement();
            if (type.getQualifiedName().contentEquals(annotationName)) {
                return Optional.of(mirror);
            }
        }
        return Optional.empty();
    }

    /** The value of {@code name}, falling back to the attribute's default. */
    public static AnnotationValue value(Elements elements, AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                elements.getElementValuesWithDefaults(mirror).entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The value of {@code name} only if the source sets it, so a diagnostic can point at it. */
    public static AnnotationValue explicitValue(AnnotationMirror mirror, String name) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
                mirror.getElementValues().entrySet()) {
            if (entry.getKey().getSimpleName().contentEquals(name)) {
                return entry.getValue();
            }
        }
        return null;
    }

    /** The texts of {@code @JsonAlias} on an element, in order; empty when absent. */
    public static List<String> jsonAliases(Element element) {
        List<String> aliases = new ArrayList<>();
        find(element, Names.JSON_ALIAS)
                .map(mirror -> explicitValue(mirror, "value"))
                .ifPresent(value -> {
                    for (Object item : (List<?>) value.getValue()) {
                        aliases.add(String.valueOf(((AnnotationValue) item).getValue()));
                    }
                });
        return List.copyOf(aliases);
    }

    /** The {@code @JsonProperty} name on an element, or {@code null} when absent or empty. */
    public static String jsonProperty(Element element) {
        return find(element, Names.JSON_PROPERTY)
                .map(mirror -> explicitValue(mirror, "value"))
                .map(value -> String.valueOf(value.getValue()))
                .filter(name -> !name.isEmpty())
                .orElse(null);
    }
}
