package dev.corekit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link ConnectionsBench} runs: how many connections, which set-ups, how many threads log in and call, the child
 * JVMs' heap, whether to write class histograms, and where the figures go.
 *
 * @param connections the connections each set-up opens, logs in and calls once (besides one warm-up connection)
 * @param setups the set-ups, each in a fresh child JVM, in this order
 * @param workers the threads that log connections in and make their calls, started before anything is measured
 * @param childHeap the child JVMs' {@code -Xmx}, e.g. {@code 8g}
 * @param histogram whether each child writes the class histogram of what its idle connections hold
 * @param reportDirectory where the children write their figures (and histograms)
 */
record BenchOptions(
        int connections,
        List<ConnectionSetup> setups,
        int workers,
        String childHeap,
        boolean histogram,
        Path reportDirectory) {
    static final int DEFAULT_CONNECTIONS = 10_000;
    static final int DEFAULT_WORKERS = 8;
    static final String DEFAULT_CHILD_HEAP = "8g";

    BenchOptions {
        if (connections < 1) {
            throw new IllegalArgumentException("--connections must be 1 or more, was " + connections);
        }
        if (setups.isEmpty()) {
            throw new IllegalArgumentException("--setups names no set-up");
        }
        if (workers < 1) {
            throw new IllegalArgumentException("--workers must be 1 or more, was " + workers);
        }
        setups = List.copyOf(setups);
    }

    /**
     * Reads {@code --connections=N --setups=a,b --workers=N --child-heap=8g --histogram --report=DIR}; every option
     * has a default (every set-up, when {@code --setups} names none).
     *
     * @throws IllegalArgumentException naming the option that is unknown or wrong
     */
    static BenchOptions parse(String... args) {
        int connections = DEFAULT_CONNECTIONS;
        List<ConnectionSetup> setups = List.of(ConnectionSetup.values());
        int workers = DEFAULT_WORKERS;
        String heap = DEFAULT_CHILD_HEAP;
        boolean histogram = false;
        Path report = Path.of("target", "bench");
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (name) {
                case "--connections" -> connections = number(name, value);
                case "--setups" -> setups = setups(value);
                case "--workers" -> workers = number(name, value);
                case "--child-heap" -> heap = value;
                case "--histogram" -> histogram = value.isEmpty() || Boolean.parseBoolean(value);
                case "--report" -> report = Path.of(value);
                default ->
                    throw new IllegalArgumentException("unknown option " + name
                            + "; known: --connections=N --setups=a,b --workers=N --child-heap=8g --histogram"
                            + " --report=DIR");
            }
        }
        return new BenchOptions(connections, setups, workers, heap, histogram, report);
    }

    static int number(String name, String value) {
        try {
            return Integer.parseInt(value.replace("_", "").replace(",", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'");
        }
    }

    /** The set-ups named, in order; none named: every set-up. */
    private static List<ConnectionSetup> setups(String value) {
        if (value.isBlank()) {
            return List.of(ConnectionSetup.values());
        }
        List<ConnectionSetup> setups = new ArrayList<>();
        for (String key : value.split(",")) {
            if (!key.isBlank()) {
                setups.add(ConnectionSetup.byKey(key.trim().toLowerCase(Locale.ROOT)));
            }
        }
        return setups;
    }
}
