package dev.corekit.spring.boot.actuate;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Markers of this process only: for token stores that are not shared through a database. */
final class InMemoryReauthorizationMarkers extends ReauthorizationMarkers {
    private final Map<String, Instant> markers = new ConcurrentHashMap<>();

    InMemoryReauthorizationMarkers(Clock clock) {
        super(clock);
    }

    @Override
    void mark(String connection, Instant requiredAt) {
        markers.put(connection, requiredAt);
    }

    @Override
    Map<String, Instant> marked() {
        return Map.copyOf(markers);
    }

    @Override
    void clear(String connection, Instant requiredAt) {
        markers.remove(connection, requiredAt);
    }

    @Override
    public String toString() {
        return "InMemoryReauthorizationMarkers{" + markers.size() + " marked}";
    }
}
