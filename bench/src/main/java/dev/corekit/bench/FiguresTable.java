package dev.corekit.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** The figures of every set-up side by side, as a Markdown table: one row per figure, one column per set-up. */
final class FiguresTable {
    private FiguresTable() {}

    static void print(List<ConnectionFigures> figures, PrintStream out) {
        List<String> header = new ArrayList<>(List.of("figure"));
        for (ConnectionFigures f : figures) {
            header.add("(" + f.setup() + ") " + ConnectionSetup.byKey(f.setup()).title());
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        rows.add(row(
                figures,
                "connections logged in",
                f -> String.format(Locale.ROOT, "%,d of %,d", f.loggedIn(), f.requested())));
        rows.add(row(figures, "stopped early by", f -> f.stoppedBy().isEmpty() ? "-" : f.stoppedBy()));
        rows.add(row(figures, "threads started", f -> count(f.threadsStarted())));
        rows.add(row(figures, "live threads, peak (above baseline)", f -> count(f.threadsPeak())));
        rows.add(row(figures, "live threads, idle (above baseline)", f -> count(f.threadsIdle())));
        rows.add(row(
                figures,
                "heap per idle connection",
                f -> String.format(Locale.ROOT, "%,.1f KiB", f.heapPerConnection() / 1024.0)));
        rows.add(row(
                figures,
                "heap held by all (above baseline)",
                f -> String.format(Locale.ROOT, "%,.1f MiB", (f.heapHeld() - f.heapBaseline()) / (1024.0 * 1024.0))));
        rows.add(row(figures, "open files, idle (above baseline)", f -> count(f.openFiles())));
        rows.add(row(figures, "TCP connections to the sandbox, open", f -> count(f.tcpOpen())));
        rows.add(row(figures, "logins per second", f -> String.format(Locale.ROOT, "%,.0f", f.loginsPerSecond())));
        rows.add(row(
                figures,
                "calls per second (one per connection)",
                f -> String.format(Locale.ROOT, "%,.0f", f.callsPerSecond())));
        rows.add(row(figures, "failed calls", f -> count(f.failedCalls())));
        markdown(rows, out);
    }

    /** {@code rows} as a Markdown table, the first row its header. */
    static void markdown(List<List<String>> rows, PrintStream out) {
        for (int r = 0; r < rows.size(); r++) {
            out.println("| " + String.join(" | ", rows.get(r)) + " |");
            if (r == 0) {
                out.println("|---".repeat(rows.get(0).size()) + "|");
            }
        }
    }

    private static List<String> row(
            List<ConnectionFigures> figures, String name, Function<ConnectionFigures, String> value) {
        List<String> row = new ArrayList<>(List.of(name));
        figures.forEach(f -> row.add(value.apply(f)));
        return row;
    }

    private static String count(long value) {
        return value < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", value);
    }
}
