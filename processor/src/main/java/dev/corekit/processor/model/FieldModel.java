package dev.corekit.processor.model;

import javax.lang.model.element.ExecutableElement;

/**
 * One field of a DTO: a no-argument accessor of the declaration or one of its super-interfaces. {@code jsonNamed}
 * says whether {@code @JsonProperty} gave the JSON name; otherwise it is the accessor's name.
 */
public record FieldModel(
        String name,
        String jsonName,
        boolean jsonNamed,
        TypeRef type,
        String javadoc,
        boolean redacted,
        ExecutableElement element) {}
