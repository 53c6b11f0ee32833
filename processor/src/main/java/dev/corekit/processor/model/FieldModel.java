package dev.corekit.processor.model;

import javax.lang.model.element.ExecutableElement;

/** One field of a DTO: a no-argument accessor of the declaration or one of its super-interfaces. */
public record FieldModel(
        String name, String jsonName, TypeRef type, String javadoc, boolean redacted, ExecutableElement element) {}
