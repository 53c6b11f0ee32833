package dev.corekit.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field whose value corekit never prints: the generated {@code toString()} prints it as {@code ***}, and the
 * {@code bodyExcerpt()} of an exception masks the field's value when the call reads or sends the DTO that declares it
 * (the generated DTO carries the annotation on its field, so corekit finds it at run time).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD})
public @interface Redacted {}
