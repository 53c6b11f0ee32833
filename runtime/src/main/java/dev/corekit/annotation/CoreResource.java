package dev.corekit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a CORE resource: an interface named {@code FooResource} whose no-argument abstract methods are the
 * resource's fields. The corekit processor generates, in the same package, the immutable DTO {@code Foo} and the
 * Feign client {@code FooApi}.
 *
 * <pre>{@code
 * @CoreResource(path = "activity")
 * public interface ActivityResource extends CoreEntity {
 *     String code();
 *     BigDecimal billRate();
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CoreResource {

    /**
     * {@return the collection path below the company's API base URL, e.g. {@code "activity"} or {@code "crm/lead"}:
     * letters, digits, {@code -} and {@code _} in segments separated by single {@code /}, with no leading or trailing
     * slash}
     */
    String path();

    /**
     * {@return the standard calls the generated client offers} By default all five; a read-only resource lists only
     * {@link Operation#LIST} and {@link Operation#GET}.
     */
    Operation[] operations() default {
        Operation.LIST, Operation.GET, Operation.CREATE, Operation.UPDATE, Operation.DELETE
    };

    /**
     * {@return {@code true} for a single object that has no id in its URL (CORE's {@code company} and
     * {@code setting/timeexpense}): {@link Operation#GET} becomes {@code get()} on {@code GET /path} and
     * {@link Operation#UPDATE} becomes {@code update(body)} on {@code PUT /path}; LIST, CREATE and DELETE are not
     * allowed}
     */
    boolean single() default false;
}
