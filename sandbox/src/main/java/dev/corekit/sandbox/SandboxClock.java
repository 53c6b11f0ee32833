package dev.corekit.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The sandbox's clock: the system time shifted by an offset that tests move with {@link #advance(Duration)}, so that
 * codes and tokens expire without sleeping.
 */
public final class SandboxClock extends Clock {
    private final Clock base;
    private final AtomicReference<Duration> offset = new AtomicReference<>(Duration.ZERO);

    /** A clock that follows the system clock until moved. */
    public SandboxClock() {
        this(Clock.systemUTC());
    }

    /**
     * A clock that starts at {@code base} and follows it.
     *
     * @param base the clock to follow
     */
    public SandboxClock(Clock base) {
        this.base = base;
    }

    /**
     * Moves the clock forward (or back, for a negative duration).
     *
     * @param duration how far to move the clock; not negative
     */
    public void advance(Duration duration) {
        offset.accumulateAndGet(duration, Duration::plus);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the sandbox clock is always UTC");
    }
}
