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

    @TempDir
    Path report;

    @Test
    void separateClientsStartAThreadAndKeepTwoSocketsPerConnection() {
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        BenchOptions options =
                new BenchOptions(CONNECTIONS, List.of(ConnectionSetup.SEPARATE_CLIENTS), 4, "256m", true, report);

        List<ConnectionFigures> figures = ConnectionsBench.run(options, printing(output));

        assertThat(figures).extracting(ConnectionFigures::setup).containsExactly("a");
        ConnectionFigures a = figures.get(0);
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

    private static PrintStream printing(ByteArrayOutputStream bytes) {
        return new PrintStream(bytes, true, StandardCharsets.UTF_8);
    }

    private static void assertAllLoggedInAndCalled(ConnectionFigures figures) {
        assertThat(figures.stoppedBy()).isEmpty();
        assertThat(figures.requested()).isEqualTo(CONNECTIONS);
        assertThat(figures.loggedIn()).isEqualTo(CONNECTIONS);
        assertThat(figures.calls()).isEqualTo(CONNECTIONS);
        assertThat(figures.failedCalls()).isZero();
        assertThat(figures.heapHeld()).isGreaterThan(figures.heapBaseline());
    }
}
