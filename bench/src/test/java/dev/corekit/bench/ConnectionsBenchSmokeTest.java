package dev.corekit.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the connections harness with few connections, each set-up in its own JVM, and checks its figures. */
class ConnectionsBenchSmokeTest {
    private static final int CONNECTIONS = 50;
    private static final int WORKERS = 4;
    /** Fewer threads than the smallest run's connections. */
    private static final int SHARED_THREADS_BOUND = 40;

    @TempDir
    Path report;

    @Test
    void separateClientsStartAThreadAndKeepTwoSocketsPerConnection() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        BenchOptions options =
                new BenchOptions(CONNECTIONS, List.of(ConnectionSetup.SEPARATE_CLIENTS), WORKERS, "256m", true, report);

        List<ConnectionFigures> figures = ConnectionsBench.run(options, printing(output));

        assertThat(figures).extracting(ConnectionFigures::setup).containsExactly("a");
        ConnectionFigures a = figures.get(0);
        assertThat(a.requested()).isEqualTo(CONNECTIONS);
        assertAllLoggedInAndCalled(a);
        // Today each CoreClient starts the selector thread of its own identity-server client, at least.
        assertThat(a.threadsStarted()).isGreaterThanOrEqualTo(CONNECTIONS);
        assertThat(a.threadsIdle()).isGreaterThanOrEqualTo(CONNECTIONS);
        // Its own pools: one connection to the identity server and one to the API each.
        assertThat(a.tcpOpen()).isGreaterThanOrEqualTo(2L * CONNECTIONS);
        assertThat(a.heapPerConnection()).isPositive();
        assertThat(output.toString(StandardCharsets.UTF_8))
                .contains("(a) 50 of 50 logged in")
                .contains("SelectorManager");
        assertThat(ChildJvm.histogramFile(report.resolve("connections-a.properties")))
                .content(StandardCharsets.UTF_8)
                .startsWith("What 50 idle connections of set-up (a) hold above the baseline")
                .contains("B/conn")
                .doesNotContain("dev.corekit.bench.");

        ByteArrayOutputStream table = new ByteArrayOutputStream();
        FiguresTable.print(figures, printing(table));
        assertThat(table.toString(StandardCharsets.UTF_8))
                .startsWith("| figure | (a) separate CoreClients |\n|---|---|\n")
                .contains("| connections logged in | 50 of 50 |")
                .contains("| stopped early by | - |")
                .contains("| failed calls | 0 |")
                .contains("| heap per idle connection | ");
    }

    @Test
    void oneAppStartsNoThreadAndKeepsNoSocketPerConnection() {
        ConnectionFigures few = single(ConnectionSetup.ONE_APP, CONNECTIONS);
        ConnectionFigures more = single(ConnectionSetup.ONE_APP, 3 * CONNECTIONS);
        ConnectionFigures today = single(ConnectionSetup.SEPARATE_CLIENTS, CONNECTIONS);

        for (ConnectionFigures b : List.of(few, more)) {
            assertAllLoggedInAndCalled(b);
            // What the app shares (its identity client's selector and workers, OkHttp's task runner) is bounded by the
            // calls in flight, not by the connections held.
            assertThat(b.threadsStarted()).isLessThan(SHARED_THREADS_BOUND);
            assertThat(b.threadsIdle()).isLessThan(SHARED_THREADS_BOUND);
            assertThat(b.tcpOpen()).isBetween(1L, (long) SHARED_THREADS_BOUND);
        }
        assertThat(more.heapPerConnection()).isPositive().isLessThan(today.heapPerConnection() / 4);
    }

    private ConnectionFigures single(ConnectionSetup setup, int connections) {
        BenchOptions options = new BenchOptions(connections, List.of(setup), WORKERS, "256m", false, report);
        List<ConnectionFigures> figures = ConnectionsBench.run(options, System.out);
        assertThat(figures).extracting(ConnectionFigures::setup).containsExactly(setup.key());
        assertThat(figures.get(0).requested()).isEqualTo(connections);
        return figures.get(0);
    }

    private static PrintStream printing(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static void assertAllLoggedInAndCalled(ConnectionFigures figures) {
        assertThat(figures.stoppedBy()).isEmpty();
        assertThat(figures.loggedIn()).isEqualTo(figures.requested());
        assertThat(figures.calls()).isEqualTo(figures.requested());
        assertThat(figures.failedCalls()).isZero();
        assertThat(figures.heapHeld()).isGreaterThan(figures.heapBaseline());
    }
}
