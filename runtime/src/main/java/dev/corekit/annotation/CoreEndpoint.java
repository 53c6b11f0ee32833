package dev.corekit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares an extra endpoint of a {@link CoreResource} next to the standard calls, e.g. {@code GET {id}/activities}
 * or {@code POST batch}. The annotated method is copied into the generated client.
 *
 * <p>The path is relative to the resource's path. Each {@code {name}} in it is bound to the method parameter of that
 * name; a {@code CoreQuery} parameter becomes the query string; at most one other parameter is the JSON body. The
 * return type is {@code void}, a field type, or a list of one; declaration types ({@code FooResource},
 * {@code FooModel}) stand for their generated DTOs.
 *
 * <pre>{@code
 * @CoreEndpoint(method = HttpMethod.GET, path = "{id}/activities")
 * List<ActivityResource> activities(UUID id, CoreQuery query);
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface CoreEndpoint {

    /** {@return the HTTP method} */
    HttpMethod method();

    /** {@return the path below the resource's path, e.g. {@code "{id}/activities"} or {@code "batch"}} */
    String path();

    /** The HTTP methods an endpoint may use. */
    enum HttpMethod {
        /** HTTP {@code GET}. */
        GET,
        /** HTTP {@code POST}. */
        POST,
        /** HTTP {@code PUT}. */
        PUT,
        /** HTTP {@code PATCH}. */
        PATCH,
        /** HTTP {@code DELETE}. */
        DELETE
    }
}
