package dev.corekit.sandbox.faults;

import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Faults on demand, per path. A path is matched against the request path below the company's API endpoint
 * ({@code "activity"}, {@code "activity/3f1c..."}) or below the identity server ({@code "connect/token"}), as a prefix
 * ending at a segment boundary. Faults queued for a path apply to the next requests, in order:
 *
 * <pre>{@code
 * sandbox.faults().on("activity").rateLimit(2, 3);   // next 2 requests: 429, Retry-After: 3
 * sandbox.faults().on("connect/token").status(503, 1);
 * sandbox.faults().on("timeentry").dropConnection(1);
 * }</pre>
 */
public final class Faults {
    private final Map<String, Deque<Pending>> byPath = new LinkedHashMap<>();

    /** No faults queued; each {@link dev.corekit.sandbox.CoreSandbox} applies its own. */
    public Faults() {}

    /**
     * Queues faults for requests to {@code path} (no leading slash).
     *
     * @param path a path below its server, e.g. {@code activity} or {@code connect/token}
     * @return the plan to queue the path's faults on
     */
    public Plan on(String path) {
        Objects.requireNonNull(path, "path");
        String normalized = path.startsWith("/") ? path.substring(1) : path;
        if (normalized.isEmpty()) {
            throw new IllegalArgumentException("fault path must not be empty");
        }
        return new Plan(normalized);
    }

    /** Removes every queued fault. */
    public synchronized void clear() {
        byPath.clear();
    }

    /**
     * Takes the next fault for a request to {@code path}, or {@code null}.
     *
     * @param path the request's path below its server, e.g. {@code activity/3f1c...}
     * @return the fault, or {@code null} when none is queued
     */
    public synchronized Fault next(String path) {
        for (Map.Entry<String, Deque<Pending>> entry : byPath.entrySet()) {
            String prefix = entry.getKey();
            if (!(path.equals(prefix) || path.startsWith(prefix + "/"))) {
                continue;
            }
            Deque<Pending> queue = entry.getValue();
            Pending head = queue.peekFirst();
            if (head == null) {
                continue;
            }
            if (--head.remaining <= 0) {
                queue.removeFirst();
            }
            return head.fault;
        }
        return null;
    }

    private synchronized void add(String path, Fault fault, int times) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        byPath.computeIfAbsent(path, p -> new ArrayDeque<>()).addLast(new Pending(fault, times));
    }

    private static final class Pending {
        final Fault fault;
        int remaining;

        Pending(Fault fault, int remaining) {
            this.fault = fault;
            this.remaining = remaining;
        }
    }

    /** The faults to queue for one path. */
    public final class Plan {
        private final String path;

        private Plan(String path) {
            this.path = path;
        }

        /**
         * The next {@code times} requests get {@code 429} with {@code Retry-After: seconds}.
         *
         * @param times how many of the next requests get the fault
         * @param retryAfterSeconds the {@code Retry-After} header's seconds
         * @return this plan, to queue more faults for the path
         */
        public Plan rateLimit(int times, long retryAfterSeconds) {
            add(path, new Fault(Fault.Kind.STATUS, 429, Long.toString(retryAfterSeconds), null), times);
            return this;
        }

        /**
         * The next {@code times} requests get {@code 429} with {@code Retry-After} as an HTTP date.
         *
         * @param times how many of the next requests get the fault
         * @param until the {@code Retry-After} header's date
         * @return this plan, to queue more faults for the path
         */
        public Plan rateLimitUntil(int times, ZonedDateTime until) {
            String date = DateTimeFormatter.RFC_1123_DATE_TIME.format(until.withZoneSameInstant(ZoneOffset.UTC));
            add(path, new Fault(Fault.Kind.STATUS, 429, date, null), times);
            return this;
        }

        /**
         * The next {@code times} requests get {@code status} (e.g. {@code 500}, {@code 503}).
         *
         * @param status the HTTP status to answer with
         * @param times how many of the next requests get the fault
         * @return this plan, to queue more faults for the path
         */
        public Plan status(int status, int times) {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("fault status must be 4xx or 5xx, was " + status);
            }
            add(path, new Fault(Fault.Kind.STATUS, status, null, null), times);
            return this;
        }

        /**
         * The next {@code times} requests get {@code 503} with {@code Retry-After: seconds}.
         *
         * @param times how many of the next requests get the fault
         * @param retryAfterSeconds the {@code Retry-After} header's seconds
         * @return this plan, to queue more faults for the path
         */
        public Plan unavailable(int times, long retryAfterSeconds) {
            add(path, new Fault(Fault.Kind.STATUS, 503, Long.toString(retryAfterSeconds), null), times);
            return this;
        }

        /**
         * The next {@code times} requests are answered normally after {@code delay}.
         *
         * @param delay how long each request waits
         * @param times how many of the next requests get the fault
         * @return this plan, to queue more faults for the path
         */
        public Plan delay(Duration delay, int times) {
            if (Objects.requireNonNull(delay, "delay").isNegative()) {
                throw new IllegalArgumentException("fault delay must not be negative, was " + delay);
            }
            add(path, new Fault(Fault.Kind.DELAY, 0, null, Objects.requireNonNull(delay, "delay")), times);
            return this;
        }

        /**
         * The next {@code times} requests have their connection closed without an answer.
         *
         * @param times how many of the next requests get the fault
         * @return this plan, to queue more faults for the path
         */
        public Plan dropConnection(int times) {
            add(path, new Fault(Fault.Kind.DROP_CONNECTION, 0, null, null), times);
            return this;
        }

        /**
         * The next {@code times} requests get {@code 200} with a truncated JSON body.
         *
         * @param times how many of the next requests get the fault
         * @return this plan, to queue more faults for the path
         */
        public Plan malformedBody(int times) {
            add(path, new Fault(Fault.Kind.MALFORMED_BODY, 200, null, null), times);
            return this;
        }
    }
}
