package dev.corekit.runtime.metrics;

/** The connection pool of the HTTP client corekit built, read when asked. */
public interface HttpConnections {
    /**
     * How many connections the pool holds, in use or idle.
     *
     * @return the count now
     */
    int total();

    /**
     * How many of them are idle, kept for reuse.
     *
     * @return the count now
     */
    int idle();
}
