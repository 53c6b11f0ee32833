package dev.corekit.bench;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link CallBench} through JMH's {@link Runner}, with the GC profiler, a fork a benchmark and the server in a JVM
 * of its own, and turns its results into figures: time per call and allocation per call ({@code gc.alloc.rate.norm})
 * of corekit against raw OkHttp + Jackson, and for comparison the JDK client's and, for lists, raw OkHttp's with Jackson
 * parsing the response stream instead of the body's bytes.
 */
final class CallFigures {
    private static final String ALLOCATION = "gc.alloc.rate.norm";
    private static final List<String> CALLS = List.of("Get", "List100", "List1000");
    private static final Map<String, String> TITLES =
            Map.of("Get", "get by id (1.2 KB)", "List100", "list of 100 (120 KB)", "List1000", "list of 1000 (1.2 MB)");

    private CallFigures() {}

    /** Runs every benchmark of {@link CallBench} with {@code warmups} and {@code iterations} of {@code seconds}. */
    static List<Figure> run(int warmups, int iterations, int seconds) throws RunnerException {
        Options options = new OptionsBuilder()
                .include(CallBench.class.getName() + "\\.")
                .forks(1)
                .warmupIterations(warmups)
                .warmupTime(TimeValue.seconds(seconds))
                .measurementIterations(iterations)
                .measurementTime(TimeValue.seconds(seconds))
                .addProfiler(GCProfiler.class)
                .shouldFailOnError(true)
                .build();
        return figures(new Runner(options).run());
    }

    /** The figures of JMH's results: one row of time per call, then allocation, for each call. */
    static List<Figure> figures(Collection<RunResult> results) {
        Map<String, RunResult> byName = new HashMap<>();
        for (RunResult result : results) {
            byName.put(result.getParams().getBenchmark().replace(CallBench.class.getName() + ".", ""), result);
        }
        List<Figure> figures = new java.util.ArrayList<>();
        for (String call : CALLS) {
            RunResult corekit = byName.get("corekit" + call);
            RunResult okHttp = byName.get("okHttp" + call);
            RunResult jdk = byName.get("jdk" + call);
            String title = TITLES.get(call);
            figures.add(Figure.atMost(title + ": time per call", time(corekit), time(okHttp), "µs", 1.05));
            figures.add(Figure.shown(
                    title + ": time per call, JDK client in the corekit column", time(jdk), time(okHttp), "µs"));
            RunResult okHttpStream = byName.get("okHttpStream" + call);
            if (okHttpStream != null) {
                figures.add(Figure.shown(
                        title + ": time per call, raw OkHttp + Jackson parsing the response stream as corekit does"
                                + " in the corekit column",
                        time(okHttpStream),
                        time(okHttp),
                        "µs"));
            }
            double corekitBytes = allocation(corekit);
            double okHttpBytes = allocation(okHttp);
            figures.add(
                    call.equals("Get")
                            ? Figure.atMost(title + ": allocation per call", corekitBytes, okHttpBytes, "B", 1.3)
                            : Figure.shown(title + ": allocation per call", corekitBytes, okHttpBytes, "B"));
        }
        return figures;
    }

    private static double time(RunResult result) {
        return result.getPrimaryResult().getScore();
    }

    private static double allocation(RunResult result) {
        Result<?> allocation = result.getSecondaryResults().get(ALLOCATION);
        return allocation == null ? Double.NaN : allocation.getScore();
    }
}
