package dev.corekit.it;

import java.time.Instant;

/**
 * What the coordinating test and a {@link CallerMain} JVM say to each other, one line each way: the order to call
 * CORE at an instant, and the counts of how those calls went.
 */
final class Burst {
    private Burst() {}

    /** The order: at {@code now}, {@code threads} threads make {@code callsPerThread} calls each. */
    record Order(Instant now, int threads, int callsPerThread) {
        String line() {
            return "burst " + now + " " + threads + " " + callsPerThread;
        }

        static Order parse(String line) {
            String[] parts = fields(line, "burst");
            return new Order(Instant.parse(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        }
    }

    /**
     * The counts: calls that returned, calls that threw, and of those the ones that ended the connection's grant
     * ({@code invalid_grant}, tokens gone).
     */
    record Counts(int succeeded, int failed, int reauthorizationRequired) {
        static final Counts NONE = new Counts(0, 0, 0);

        Counts plus(Counts other) {
            return new Counts(
                    succeeded + other.succeeded,
                    failed + other.failed,
                    reauthorizationRequired + other.reauthorizationRequired);
        }

        String line() {
            return "done " + succeeded + " " + failed + " " + reauthorizationRequired;
        }

        static Counts parse(String line) {
            String[] parts = fields(line, "done");
            return new Counts(Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), Integer.parseInt(parts[3]));
        }
    }

    /** The four words of a line that starts with {@code keyword}. */
    private static String[] fields(String line, String keyword) {
        String[] parts = line.split(" ");
        if (parts.length != 4 || !parts[0].equals(keyword)) {
            throw new IllegalArgumentException("not a '" + keyword + "' line: " + line);
        }
        return parts;
    }
}
