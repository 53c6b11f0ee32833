package dev.corekit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a nested CORE object (an address, a line item, custom field data): an interface named {@code FooModel}
 * whose no-argument abstract methods are its fields. The corekit processor generates the immutable DTO {@code Foo} in
 * the same package; there is no client. Other declarations use it by naming {@code FooModel} as a field type.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CoreModel {}
