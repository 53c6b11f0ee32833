package dev.corekit.processor.model;

/** The HTTP method of an extra endpoint, as named in {@code @CoreEndpoint(method = ...)}. */
public enum HttpMethod {
    GET,
    POST,
    PUT,
    PATCH,
    DELETE;

    /** Whether a request with this method may carry a body. */
    public boolean allowsBody() {
        return this != GET && this != DELETE;
    }
}
