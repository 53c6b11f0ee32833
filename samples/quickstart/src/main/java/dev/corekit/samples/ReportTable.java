package dev.corekit.samples;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/** The table the quick start ends with: one row for each thing it did. */
final class ReportTable {
    private static final String[] HEADINGS = {"step", "resource", "id", "what"};

    private final List<String[]> rows = new ArrayList<>();

    /** Adds a row; {@code id} may be {@code null}. Ids are shortened to their first 8 characters, to fit. */
    void add(String step, String resource, Object id, String what) {
        String shortId = id == null
                ? "-"
                : id.toString().substring(0, Math.min(8, id.toString().length()));
        rows.add(new String[] {step, resource, shortId, what});
    }

    List<String[]> rows() {
        return List.copyOf(rows);
    }

    void print(PrintStream out) {
        int[] widths = new int[HEADINGS.length];
        for (int i = 0; i < HEADINGS.length; i++) {
            widths[i] = HEADINGS[i].length();
            for (String[] row : rows) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        String rule = rule(widths);
        out.println(rule);
        out.println(line(HEADINGS, widths));
        out.println(rule);
        for (String[] row : rows) {
            out.println(line(row, widths));
        }
        out.println(rule);
    }

    private static String rule(int[] widths) {
        StringBuilder line = new StringBuilder("+");
        for (int width : widths) {
            line.append("-".repeat(width + 2)).append('+');
        }
        return line.toString();
    }

    private static String line(String[] cells, int[] widths) {
        StringBuilder line = new StringBuilder("|");
        for (int i = 0; i < cells.length; i++) {
            line.append(' ')
                    .append(cells[i])
                    .append(" ".repeat(widths[i] - cells[i].length()))
                    .append(" |");
        }
        return line.toString();
    }
}
