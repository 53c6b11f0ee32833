package dev.corekit.processor.model;

/** Which annotation made an interface a declaration, and the suffix its name must end in. */
public enum DeclarationKind {
    /** {@code @CoreResource}: a DTO and a client. */
    RESOURCE("CoreResource", "Resource"),
    /** {@code @CoreModel}: a DTO only. */
    MODEL("CoreModel", "Model");

    private final String annotation;
    private final String suffix;

    DeclarationKind(String annotation, String suffix) {
        this.annotation = annotation;
        this.suffix = suffix;
    }

    /** {@return the annotation's simple name, e.g. {@code CoreResource}} */
    public String annotation() {
        return annotation;
    }

    /** {@return the suffix a declaration's name ends in, e.g. {@code Resource}} */
    public String suffix() {
        return suffix;
    }
}
