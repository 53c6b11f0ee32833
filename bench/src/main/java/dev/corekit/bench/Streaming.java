package dev.corekit.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Streaming: a list of {@code records} activities read in pages of {@value #PAGE_SIZE} in child JVMs with {@code
 * -Xmx64m} ({@link StreamRun}), corekit's generated {@code stream(...)} and the floor (raw OkHttp + Jackson, paging by
 * hand) in turns, from one {@link LoopbackHttpServer} in this JVM, which counts the TCP connections each child opened.
 * Time is the child's own, from its first request to its last record.
 */
final class Streaming {
    static final int PAGE_SIZE = 1000;
    static final String HEAP = "-Xmx64m";

    /**
     * One child's figures.
     *
     * @param records the records it saw
     * @param millis its time from the first request to the last record
     * @param connections the TCP connections the server accepted from it
     * @param requests the requests the server answered it
     */
    record Run(long records, double millis, long connections, long requests) {}

    /**
     * Every round's runs.
     *
     * @param records the records the list holds
     * @param corekit corekit's runs
     * @param floor the floor's runs
     */
    record Result(long records, List<Run> corekit, List<Run> floor) {
        Figure figure() {
            double corekitMillis = Medians.of(corekit.stream().map(Run::millis).toList());
            double floorMillis = Medians.of(floor.stream().map(Run::millis).toList());
            double ratio = corekitMillis / floorMillis;
            return new Figure(
                    String.format(
                            Locale.ROOT, "%,d records streamed, pages of %d, %s (median)", records, PAGE_SIZE, HEAP),
                    describe(corekit, corekitMillis),
                    describe(floor, floorMillis),
                    ratio,
                    "≤ 1.05x, 1 connection",
                    ratio <= 1.05 && correct(corekit));
        }

        /** Every run saw every record over one TCP connection, a request a page (the last one short or empty). */
        boolean correct(List<Run> runs) {
            return runs.stream()
                    .allMatch(r ->
                            r.records() == records && r.connections() == 1 && r.requests() == records / PAGE_SIZE + 1);
        }

        private String describe(List<Run> runs, double millis) {
            long connections = runs.stream().mapToLong(Run::connections).max().orElse(0);
            return String.format(
                    Locale.ROOT,
                    "%s, %s, %s%d TCP connection%s",
                    Figure.format(millis, "ms"),
                    correct(runs) ? "every record" : "**records missed**",
                    connections == 1 ? "" : "up to ",
                    connections,
                    connections == 1 ? "" : "s");
        }
    }

    private Streaming() {}

    /** Runs corekit and the floor {@code rounds} times each, in turns, over a list of {@code records}. */
    static Result run(int records, int rounds, PrintStream log) {
        try (LoopbackHttpServer server = new LoopbackHttpServer(new ActivityRoutes(records))) {
            List<Run> corekit = new ArrayList<>();
            List<Run> floor = new ArrayList<>();
            for (int round = 1; round <= rounds; round++) {
                corekit.add(child("corekit", server));
                floor.add(child("floor", server));
                log.printf(
                        Locale.ROOT,
                        "streaming round %d of %d: corekit %s, floor %s%n",
                        round,
                        rounds,
                        corekit.get(round - 1),
                        floor.get(round - 1));
            }
            return new Result(records, corekit, floor);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Run child(String program, LoopbackHttpServer server) {
        server.resetCounts();
        String output = ChildJvm.output(
                List.of(HEAP, "-XX:+ExitOnOutOfMemoryError"),
                StreamRun.class,
                List.of(program, server.baseUrl() + "/api", Integer.toString(PAGE_SIZE)));
        String line = output.lines()
                .filter(l -> l.startsWith(StreamRun.PREFIX))
                .findFirst()
                .orElseThrow(
                        () -> new IllegalStateException("the " + program + " stream printed no count:\n" + output));
        String[] words = line.substring(StreamRun.PREFIX.length()).split(" ");
        return new Run(Long.parseLong(words[0]), Long.parseLong(words[3]) / 1e6, server.accepted(), server.requests());
    }
}
