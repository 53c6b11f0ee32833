package dev.corekit.annotation;

/** A standard call of a CORE collection, chosen with {@link CoreResource#operations()}. */
public enum Operation {
    /** {@code GET /path} with paging, filter and sort: {@code list(CoreQuery)} and {@code stream(CoreQuery)}. */
    LIST,
    /** {@code GET /path/{id}}: {@code get(id)}. */
    GET,
    /** {@code POST /path}: {@code create(body)}. */
    CREATE,
    /** {@code PUT /path/{id}}: {@code update(id, body)}. */
    UPDATE,
    /** {@code DELETE /path/{id}}: {@code delete(id)}. */
    DELETE
}
