package dev.corekit.runtime.generated;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import com.fasterxml.jackson.annotation.JsonFormat;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code LocalDateTime} field (or a List or Map of them) written in CORE's {@code YYYY-MM-DDThh:mm:ss}: a
 * fraction of a second is left out when written. A Jackson annotation bundle, so any {@code ObjectMapper} honours it.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD})
@JacksonAnnotationsInside
@JsonFormat(shape = JsonFormat.Shape.STRING, pattern = "yyyy-MM-dd'T'HH:mm:ss")
public @interface CoreDateTime {}
