package dev.corekit.runtime.generated;

import dev.corekit.runtime.internal.http.PercentEncoding;
import feign.Param;

/**
 * Expands a path variable of a generated client into one fully encoded path segment: a {@code /} or {@code %} in an
 * id stays inside its segment and reaches CORE as written.
 */
public final class PathSegmentExpander implements Param.Expander {
    /** Creates the expander; Feign creates one per annotated parameter. */
    public PathSegmentExpander() {}

    @Override
    public String expand(Object value) {
        return PercentEncoding.encode(String.valueOf(value));
    }
}
