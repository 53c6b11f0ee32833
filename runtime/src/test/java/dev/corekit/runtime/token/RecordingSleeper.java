package dev.corekit.runtime.token;

import dev.corekit.runtime.Sleeper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Waits no real time: records each wait and moves the test's clock by it, then runs an optional step. */
public final class RecordingSleeper implements Sleeper {
    private final MutableClock clock;
    private final List<Duration> waits = new ArrayList<>();
    private Runnable onWait = () -> {};

    public RecordingSleeper(MutableClock clock) {
        this.clock = clock;
    }

    /** Runs {@code step} at every wait, after the clock moved (e.g. a server that starts listening). */
    public RecordingSleeper onWait(Runnable step) {
        this.onWait = step;
        return this;
    }

    @Override
    public synchronized void sleep(Duration duration) {
        waits.add(duration);
        clock.advance(duration);
        onWait.run();
    }

    /** Every wait asked for, in order. */
    public synchronized List<Duration> waits() {
        return List.copyOf(waits);
    }
}
