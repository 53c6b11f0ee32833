package dev.corekit.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Cold start: fresh JVMs, launched one after the other in turns (corekit, the OkHttp floor, the JDK client, corekit,
 * ...), each making one call, {@code GET /api/activity/{id}} decoded into the catalogue's {@code Activity}, against
 * one {@link LoopbackHttpServer} in this JVM. The time is taken by this JVM from just before it starts the child until
 * it reads the child's line with the decoded result: JVM start, class loading, building the client, the call and
 * decoding. Before the timed rounds, one untimed launch of each writes {@code -Xlog:class+load} to a file, whose lines
 * are the classes that program loaded up to its first decoded call.
 */
final class ColdStart {
    /** The programs launched, in the order of each round. */
    enum Program {
        COREKIT("corekit", FirstCallCorekit.class),
        OKHTTP("raw OkHttp + Jackson", FirstCallOkHttp.class),
        JDK("JDK HttpClient + Jackson", FirstCallJdk.class);

        final String title;
        final Class<?> main;

        Program(String title, Class<?> main) {
            this.title = title;
            this.main = main;
        }
    }

    /**
     * What the rounds measured.
     *
     * @param millis each program's times to the first decoded call, in rounds
     * @param classes the classes each program loaded up to its first decoded call
     * @param decoded what each program's call decoded (the activity's name)
     */
    record Result(Map<Program, List<Double>> millis, Map<Program, Long> classes, Map<Program, String> decoded) {
        double median(Program program) {
            return Medians.of(millis.get(program));
        }

        List<Figure> figures() {
            return List.of(
                    Figure.atMost(
                            "cold start to first decoded call (median)",
                            median(Program.COREKIT),
                            median(Program.OKHTTP),
                            "ms",
                            1.05),
                    Figure.shown(
                            "cold start, JDK HttpClient + Jackson in the corekit column",
                            median(Program.JDK),
                            median(Program.OKHTTP),
                            "ms"),
                    Figure.shown(
                            "classes loaded to first decoded call",
                            classes.get(Program.COREKIT),
                            classes.get(Program.OKHTTP),
                            ""));
        }

        /** Each program's median and classes, for the notes under the table. */
        String summary() {
            StringBuilder text = new StringBuilder();
            for (Program program : Program.values()) {
                text.append(String.format(
                        Locale.ROOT,
                        "%s%s %.0f ms, %,d classes",
                        text.length() == 0 ? "" : "; ",
                        program.title,
                        median(program),
                        classes.get(program)));
            }
            return text.toString();
        }
    }

    private ColdStart() {}

    /** Launches each program once to count its classes, then {@code rounds} times in turns, timed. */
    static Result run(int rounds, Path workDirectory, PrintStream log) {
        try (LoopbackHttpServer server = new LoopbackHttpServer(new ActivityRoutes())) {
            String apiBase = server.baseUrl() + "/api";
            Files.createDirectories(workDirectory);
            Map<Program, Long> classes = new EnumMap<>(Program.class);
            Map<Program, String> decoded = new EnumMap<>(Program.class);
            for (Program program : Program.values()) {
                Path classLog =
                        workDirectory.resolve("cold-" + program.name().toLowerCase(Locale.ROOT) + "-classes.log");
                Files.deleteIfExists(classLog);
                decoded.put(
                        program, launch(program, apiBase, List.of("-Xlog:class+load=info:file=" + classLog)).decoded);
                try (var lines = Files.lines(classLog)) {
                    classes.put(program, lines.count());
                }
            }
            Map<Program, List<Double>> millis = new EnumMap<>(Program.class);
            for (int round = 1; round <= rounds; round++) {
                for (Program program : Program.values()) {
                    double ms = launch(program, apiBase, List.of()).millis;
                    millis.computeIfAbsent(program, p -> new ArrayList<>()).add(ms);
                }
                log.printf(
                        Locale.ROOT,
                        "cold start round %d of %d: corekit %.0f ms, OkHttp %.0f ms, JDK %.0f ms%n",
                        round,
                        rounds,
                        millis.get(Program.COREKIT).get(round - 1),
                        millis.get(Program.OKHTTP).get(round - 1),
                        millis.get(Program.JDK).get(round - 1));
            }
            return new Result(millis, classes, decoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Launch(double millis, String decoded) {}

    /** Starts {@code program} and times it until it prints what it decoded; then waits for it to end. */
    private static Launch launch(Program program, String apiBase, List<String> jvmOptions) {
        long start = System.nanoTime();
        Process child = ChildJvm.start(jvmOptions, program.main, List.of(apiBase, ActivityRoutes.ID.toString()));
        List<String> output = new ArrayList<>();
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                if (line.startsWith(FirstCalls.PREFIX)) {
                    double millis = (System.nanoTime() - start) / 1e6;
                    out.transferTo(java.io.Writer.nullWriter());
                    waitFor(child, program, output);
                    return new Launch(millis, line.substring(FirstCalls.PREFIX.length()));
                }
                output.add(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output of " + program.main.getSimpleName(), e);
        }
        waitFor(child, program, output);
        throw new IllegalStateException(
                program.main.getSimpleName() + " printed no decoded result:\n" + String.join("\n", output));
    }

    private static void waitFor(Process child, Program program, List<String> output) {
        try {
            int status = child.waitFor();
            if (status != 0) {
                throw new IllegalStateException(program.main.getSimpleName() + " ended with status " + status + ":\n"
                        + String.join("\n", output));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + program.main.getSimpleName() + " ran", e);
        }
    }
}
