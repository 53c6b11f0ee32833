package dev.corekit.runtime;

import java.time.Duration;

/**
 * How corekit waits between two attempts of a call. The default sleeps the calling thread; a test or a simulation
 * gives one that advances its own {@link java.time.Clock} instead, so that retries take no real time.
 */
@FunctionalInterface
public interface Sleeper {
    /**
     * Waits for {@code duration}.
     *
     * @param duration how long
     * @throws InterruptedException when the thread is interrupted while waiting
     */
    void sleep(Duration duration) throws InterruptedException;

    /**
     * Sleeps the calling thread ({@link Thread#sleep(long)}), interruptibly.
     *
     * @return the sleeper
     */
    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
