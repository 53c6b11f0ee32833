package dev.corekit.processor.model;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * The values of {@code @CoreEndpoint}. {@code path} is {@code null} while its expression does not resolve;
 * {@code pathSource} is the path as written in the source, for diagnostics to point at.
 */
public record EndpointAnnotation(AnnotationMirror mirror, HttpMethod method, String path, AnnotationValue pathSource) {
    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z_][A-Za-z0-9_]*)}");

    /** {@return the names of the path's variables ({@code {id}}), in order} */
    public Set<String> variables() {
        Set<String> variables = new LinkedHashSet<>();
        if (path != null) {
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                variables.add(matcher.group(1));
            }
        }
        return variables;
    }
}
