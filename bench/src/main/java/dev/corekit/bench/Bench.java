package dev.corekit.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.runner.RunnerException;

/**
 * The one bench command: runs the harnesses {@code --run} names (by default calls, cold, stream, expiries, compile;
 * {@code connections} on request), each measuring corekit against its floor in this run, and writes one table of the
 * ratios, with the machine and its load before and after, to {@code figures.md} in the report directory. Run by
 * {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests}; options in {@link RunOptions}.
 */
public final class Bench {
    private Bench() {}

    public static void main(String[] args) throws IOException, RunnerException {
        RunOptions options;
        try {
            options = RunOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("Bench: " + e.getMessage());
            System.exit(2);
            return;
        }
        Path figures = run(options, System.out);
        System.out.println("figures: " + figures.toAbsolutePath());
        System.out.print(Files.readString(figures));
    }

    /**
     * Runs what {@code options} names and writes {@code figures.md}; returns its path.
     *
     * @throws IllegalStateException naming the harnesses that failed, after writing the others' figures
     */
    static Path run(RunOptions options, PrintStream log) throws RunnerException {
        String loadBefore = Machine.loadAverage();
        Instant start = Instant.now();
        List<Figure> figures = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        Path work = options.reportDirectory();
        for (String harness : options.run()) {
            log.println("corekit bench: " + harness);
            try {
                switch (harness) {
                    case "cold" -> {
                        ColdStart.Result cold = ColdStart.run(options.coldRounds(), work, log);
                        figures.addAll(cold.figures());
                        notes.add(
                                "cold start: " + options.coldRounds() + " rounds of fresh JVMs (corekit, OkHttp, JDK in"
                                        + " turns), timed by the parent from launch to the child's decoded result; medians and classes"
                                        + " loaded (-Xlog:class+load, one untimed launch each): " + cold.summary());
                    }
                    case "calls" -> {
                        figures.addAll(
                                CallFigures.run(options.jmhWarmups(), options.jmhIterations(), options.jmhSeconds()));
                        notes.add("calls: JMH (CallBench), one fork a benchmark, " + options.jmhWarmups()
                                + " warm-up and "
                                + options.jmhIterations() + " measured iterations of " + options.jmhSeconds()
                                + " s, -prof"
                                + " gc; the server in a JVM of its own; each trial checked that its client kept one TCP"
                                + " connection and the server answered a request a call");
                    }
                    case "stream" -> {
                        Streaming.Result stream = Streaming.run(options.streamRecords(), options.streamRounds(), log);
                        figures.add(stream.figure());
                        notes.add("streaming: " + options.streamRounds()
                                + " rounds, corekit and the floor in turns, each in"
                                + " a JVM with " + Streaming.HEAP + "; time from the first request to the last record;"
                                + " connections counted by the server; a child that runs out of heap exits"
                                + " (-XX:+ExitOnOutOfMemoryError) and fails the harness");
                    }
                    case "expiries" -> {
                        Expiries.Result expiries = Expiries.run(
                                options.expiryThreads(), options.expirySeconds(), options.expiryRounds(), log);
                        figures.add(expiries.figure());
                        notes.add("expiries: " + options.expiryRounds() + " rounds of " + options.expirySeconds()
                                + " s,"
                                + " never-expiring and expiring tokens in turns (lifetime "
                                + Expiries.LIFETIME.toMillis()
                                + " ms, refresh skew " + Expiries.SKEW.toMillis() + " ms), " + options.expiryThreads()
                                + " threads on one CoreClient; runs: expiring " + expiries.expiring() + "; never "
                                + expiries.never());
                    }
                    case "compile" -> {
                        CompileShare.Result compile = CompileShare.run(
                                Catalogue.declarations(), options.compileRuns(), work.resolve("compile"), log);
                        figures.addAll(compile.figures());
                        notes.add("compile: " + options.compileRuns() + " runs each way, in turns, a fresh JVM each; "
                                + compile.classes() + " classes from " + compile.generated() + " generated sources");
                    }
                    case "connections" -> {
                        ByteArrayOutputStream table = new ByteArrayOutputStream();
                        FiguresTable.print(
                                ConnectionsBench.run(
                                        BenchOptions.parse(
                                                options.connectionArgs().toArray(String[]::new)),
                                        log),
                                new PrintStream(table, true, StandardCharsets.UTF_8));
                        notes.add("connections (ConnectionsBench):\n\n" + table.toString(StandardCharsets.UTF_8));
                    }
                    default -> throw new IllegalArgumentException("no harness " + harness);
                }
            } catch (RuntimeException | RunnerException e) {
                // The other harnesses' figures are still worth writing; the failure is in the table's notes.
                e.printStackTrace(log);
                failed.add(harness);
                notes.add("**" + harness + " failed**: " + e);
            }
        }
        Path file = write(options, figures, notes, loadBefore, Duration.between(start, Instant.now()));
        if (!failed.isEmpty()) {
            throw new IllegalStateException(
                    "failed: " + String.join(", ", failed) + "; the others' figures are in " + file);
        }
        return file;
    }

    private static Path write(
            RunOptions options, List<Figure> figures, List<String> notes, String loadBefore, Duration took) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        out.println("# corekit bench: " + String.join(", ", options.run()));
        out.println();
        out.println("- machine: " + Machine.describe());
        out.println("- load average (`/proc/loadavg`) before: " + loadBefore + "; after: " + Machine.loadAverage());
        out.println("- took: " + took.toSeconds() + " s; measured: " + Instant.now());
        out.println();
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("figure", "corekit", "floor", "ratio", "goal", "met?"));
        figures.forEach(f -> rows.add(f.cells()));
        FiguresTable.markdown(rows, out);
        out.println();
        notes.forEach(n -> out.println("- " + n));
        Path file = options.reportDirectory().resolve("figures.md");
        try {
            Files.createDirectories(options.reportDirectory());
            Files.write(file, bytes.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
