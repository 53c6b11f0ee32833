package dev.corekit.processor.model;

/** A standard operation of a resource, as named in {@code @CoreResource(operations = ...)}. */
public enum Operation {
    /** {@code GET /path} with a query: one page of the collection. */
    LIST,
    /** {@code GET /path/{id}}, or {@code GET /path} of a single resource. */
    GET,
    /** {@code POST /path}. */
    CREATE,
    /** {@code PUT /path/{id}}, or {@code PUT /path} of a single resource. */
    UPDATE,
    /** {@code DELETE /path/{id}}. */
    DELETE
}
