package dev.corekit.spring.boot.actuate;

import dev.corekit.runtime.metrics.CoreMetrics;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The connections whose refresh was refused, marked when corekit reports it ({@link #reauthorizationRequired}) so that
 * the health contributor counts the connections that need a new login without calling CORE for each. A marker says
 * when the refusal was found; it is cleared once the connection has usable tokens again (a new login).
 */
abstract class ReauthorizationMarkers implements CoreMetrics {
    private final Clock clock;

    ReauthorizationMarkers(Clock clock) {
        this.clock = clock;
    }

    @Override
    public final void reauthorizationRequired(String connection) {
        mark(connection, clock.instant());
    }

    /** Marks {@code connection}, replacing an older marker. */
    abstract void mark(String connection, Instant requiredAt);

    /** The marked connections and when each was marked. */
    abstract Map<String, Instant> marked();

    /** Clears the marker of {@code connection} if it is still the one of {@code requiredAt}. */
    abstract void clear(String connection, Instant requiredAt);
}
