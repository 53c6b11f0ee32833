package dev.corekit.processor.errors;

import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs beside corekit and records which of the {@code wanted} types exist by the end of processing. compile-testing
 * hides generated files when a compilation fails, but a failed compilation must still have generated the good
 * declarations; a type exists there only if corekit wrote its source.
 */
final class TypesAtEnd extends AbstractProcessor {
    private final Set<String> wanted;
    private final Set<String> found = new TreeSet<>();

    TypesAtEnd(String... wanted) {
        this.wanted = Set.of(wanted);
    }

    /** The wanted types that existed in some round, sorted. */
    Set<String> found() {
        return found;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        for (String name : wanted) {
            if (processingEnv.getElementUtils().getTypeElement(name) != null) {
                found.add(name);
            }
        }
        return false;
    }
}
