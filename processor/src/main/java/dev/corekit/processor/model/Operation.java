package dev.corekit.processor.model;

/** A standard operation of a resource, as named in {@code @CoreResource(operations = ...)}. */
public enum Operation {
    LIST,
    GET,
    CREATE,
    UPDATE,
    DELETE
}
