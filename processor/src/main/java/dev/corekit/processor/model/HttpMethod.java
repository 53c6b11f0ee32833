package dev.corekit.processor.model;

/** The HTTP method of an extra endpoint, as named in {@code @CoreEndpoint(method = ...)}. */
public enum HttpMethod {
    /** {@code GET}. */
    GET,
    /** {@code POST}. */
    POST,
    /** {@code PUT}. */
    PUT,
    /** {@code PATCH}. */
    PATCH,
    /** {@code DELETE}. */
    DELETE;

    /** {@return whether a request with this method may carry a body} */
    public boolean allowsBody() {
        return this != GET && this != DELETE;
    }
}
