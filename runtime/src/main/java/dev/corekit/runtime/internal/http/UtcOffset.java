package dev.corekit.runtime.internal.http;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where the {@code X-UTC-OFFSET} header comes from: minutes east of UTC, computed for the instant of each request so
 * that daylight saving time is right ({@code -480} in Los Angeles in January, {@code -420} in July, {@code 330} in
 * Kolkata). Without the header CORE assumes Pacific Standard Time.
 */
public final class UtcOffset {
    private static final UtcOffset NONE = new UtcOffset(null);

    private final ZoneId zone;

    private UtcOffset(ZoneId zone) {
        this.zone = zone;
    }

    /** The offset of {@code zone} at each request's instant. */
    public static UtcOffset of(ZoneId zone) {
        return new UtcOffset(Objects.requireNonNull(zone, "zone"));
    }

    /** Always {@code offset}. */
    public static UtcOffset fixed(ZoneOffset offset) {
        return new UtcOffset(Objects.requireNonNull(offset, "offset"));
    }

    /** The system's zone (the default). */
    public static UtcOffset systemZone() {
        return new UtcOffset(ZoneId.systemDefault());
    }

    /** No header at all: CORE then assumes Pacific Standard Time. */
    public static UtcOffset none() {
        return NONE;
    }

    /** The header value at {@code instant}, or empty for {@link #none()}. */
    public OptionalInt minutesAt(Instant instant) {
        if (zone == null) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(zone.getRules().getOffset(instant).getTotalSeconds() / 60);
    }

    @Override
    public String toString() {
        return zone == null ? "UtcOffset{none}" : "UtcOffset{" + zone + "}";
    }
}
