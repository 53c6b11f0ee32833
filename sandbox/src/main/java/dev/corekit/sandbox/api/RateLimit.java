package dev.corekit.sandbox.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code requests} API requests per access token per window (fixed windows, each starting at the token's first
 * request after the previous one ended, on the sandbox clock), as CORE is reported to limit integrations.
 */
final class RateLimit {
    private final int requests;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    private record Window(Instant start, int count) {}

    RateLimit(int requests, Duration window, Clock clock) {
        this.requests = requests;
        this.window = window;
        this.clock = clock;
    }

    /** Counts a request of {@code token}: empty when it may go on, else the whole seconds until its window ends. */
    OptionalLong take(String token) {
        Instant now = clock.instant();
        Window current = windows.compute(
                token,
                (key, old) -> old == null || !now.isBefore(old.start().plus(window))
                        ? new Window(now, 1)
                        : new Window(old.start(), old.count() + 1));
        if (current.count() <= requests) {
            return OptionalLong.empty();
        }
        long millis = Duration.between(now, current.start().plus(window)).toMillis();
        return OptionalLong.of(Math.max(1, (millis + 999) / 1000));
    }

    /** The message of a {@code 429}. */
    String describe() {
        return "Too many requests: the sandbox allows " + requests + " requests per " + window.toSeconds()
                + " seconds per access token (rateLimit).";
    }
}
