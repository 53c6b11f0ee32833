package dev.corekit.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What {@link Bench} runs, and how much of each: read from {@code --run=calls,cold,... --cold-rounds=N ...}; options it
 * does not know are {@link ConnectionsBench}'s ({@link #connectionArgs}).
 *
 * @param run the harnesses to run, in this order (see {@link #HARNESSES})
 * @param coldRounds rounds of fresh JVMs, one of each program a round
 * @param streamRecords records each streaming run reads
 * @param streamRounds rounds of streaming, corekit and the floor once each a round
 * @param expirySeconds how long each run across token expiries calls
 * @param expiryThreads the threads that call in it
 * @param expiryRounds rounds across expiries, expiring and never-expiring tokens once each a round
 * @param compileRuns runs of javac with the processor and without it, each
 * @param jmhWarmups JMH warm-up iterations of each call
 * @param jmhIterations JMH measured iterations of each call
 * @param jmhSeconds seconds of each JMH iteration
 * @param reportDirectory where {@code figures.md} and the harnesses' files go
 * @param connectionArgs the options passed on to {@link ConnectionsBench}
 */
record RunOptions(
        List<String> run,
        int coldRounds,
        int streamRecords,
        int streamRounds,
        int expirySeconds,
        int expiryThreads,
        int expiryRounds,
        int compileRuns,
        int jmhWarmups,
        int jmhIterations,
        int jmhSeconds,
        Path reportDirectory,
        List<String> connectionArgs) {
    /** Every harness {@code --run} may name; all but {@code connections} run by default. */
    static final List<String> HARNESSES = List.of("calls", "cold", "stream", "expiries", "compile", "connections");

    static final List<String> DEFAULT_RUN = HARNESSES.subList(0, HARNESSES.size() - 1);

    RunOptions {
        run = List.copyOf(run);
        connectionArgs = List.copyOf(connectionArgs);
    }

    /**
     * Reads the options; every one has a default.
     *
     * @throws IllegalArgumentException naming a harness that does not exist or a number that is not one
     */
    static RunOptions parse(String... args) {
        List<String> run = DEFAULT_RUN;
        int coldRounds = 10;
        int streamRecords = 200_000;
        int streamRounds = 5;
        int expirySeconds = 20;
        int expiryThreads = 64;
        int expiryRounds = 2;
        int compileRuns = 5;
        int jmhWarmups = 3;
        int jmhIterations = 5;
        int jmhSeconds = 2;
        Path report = Path.of("target", "bench");
        List<String> connectionArgs = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            String name = eq < 0 ? arg : arg.substring(0, eq);
            String value = eq < 0 ? "" : arg.substring(eq + 1);
            switch (name) {
                case "--run" -> run = harnesses(value);
                case "--cold-rounds" -> coldRounds = positive(name, value);
                case "--stream-records" -> streamRecords = positive(name, value);
                case "--stream-rounds" -> streamRounds = positive(name, value);
                case "--expiry-seconds" -> expirySeconds = positive(name, value);
                case "--expiry-threads" -> expiryThreads = positive(name, value);
                case "--expiry-rounds" -> expiryRounds = positive(name, value);
                case "--compile-runs" -> compileRuns = positive(name, value);
                case "--jmh-warmups" -> jmhWarmups = BenchOptions.number(name, value);
                case "--jmh-iterations" -> jmhIterations = positive(name, value);
                case "--jmh-seconds" -> jmhSeconds = positive(name, value);
                case "--report" -> {
                    report = Path.of(value);
                    connectionArgs.add(arg);
                }
                default -> connectionArgs.add(arg);
            }
        }
        return new RunOptions(
                run,
                coldRounds,
                streamRecords,
                streamRounds,
                expirySeconds,
                expiryThreads,
                expiryRounds,
                compileRuns,
                jmhWarmups,
                jmhIterations,
                jmhSeconds,
                report,
                connectionArgs);
    }

    boolean runs(String harness) {
        return run.contains(harness);
    }

    private static int positive(String name, String value) {
        int number = BenchOptions.number(name, value);
        if (number < 1) {
            throw new IllegalArgumentException(name + " must be 1 or more, was " + number);
        }
        return number;
    }

    /** The harnesses named, in order; none named: the default ones. */
    private static List<String> harnesses(String value) {
        List<String> run = new ArrayList<>();
        for (String name : value.split(",")) {
            String harness = name.trim().toLowerCase(Locale.ROOT);
            if (harness.isEmpty()) {
                continue;
            }
            if (!HARNESSES.contains(harness)) {
                throw new IllegalArgumentException(
                        "--run names '" + harness + "'; known: " + String.join(",", HARNESSES));
            }
            run.add(harness);
        }
        return run.isEmpty() ? DEFAULT_RUN : run;
    }
}
