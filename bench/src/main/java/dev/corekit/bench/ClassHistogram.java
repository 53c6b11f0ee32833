package dev.corekit.bench;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The live objects of this JVM by class, as {@code jcmd <pid> GC.class_histogram} prints them (which it runs, through
 * the diagnostic command bean, after a full collection).
 */
final class ClassHistogram {
    /** Instances and bytes of one class. */
    record Row(String className, long instances, long bytes) {}

    private static final String OWN_PACKAGE = ClassHistogram.class.getPackageName() + ".";

    private final Map<String, Row> rows;

    private ClassHistogram(Map<String, Row> rows) {
        this.rows = rows;
    }

    static ClassHistogram take() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "gcClassHistogram",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            return parse(text);
        } catch (JMException e) {
            throw new IllegalStateException("the JVM gave no class histogram: " + e.getMessage(), e);
        }
    }

    /** Reads lines such as {@code "   1:   12345   678900  java.lang.String (java.base@17)"}. */
    static ClassHistogram parse(String text) {
        Map<String, Row> rows = new HashMap<>();
        for (String line : text.split("\n")) {
            String[] fields = line.trim().split("\\s+");
            if (fields.length >= 4 && fields[0].endsWith(":")) {
                try {
                    Row row = new Row(fields[3], Long.parseLong(fields[1]), Long.parseLong(fields[2]));
                    rows.merge(
                            row.className(),
                            row,
                            (x, y) -> new Row(x.className(), x.instances() + y.instances(), x.bytes() + y.bytes()));
                } catch (NumberFormatException e) {
                    // Not a class row (the header or the total).
                }
            }
        }
        return new ClassHistogram(rows);
    }

    /** What {@code later} holds more than this one, the largest growth in bytes first, {@code limit} rows. */
    List<Row> growthTo(ClassHistogram later, int limit) {
        List<Row> growth = new ArrayList<>();
        for (Row row : later.rows.values()) {
            if (row.className().startsWith(OWN_PACKAGE)) {
                // The harness's own objects, such as the earlier histogram.
                continue;
            }
            Row before = rows.getOrDefault(row.className(), new Row(row.className(), 0, 0));
            long bytes = row.bytes() - before.bytes();
            if (bytes > 0) {
                growth.add(new Row(row.className(), row.instances() - before.instances(), bytes));
            }
        }
        growth.sort(Comparator.comparingLong(Row::bytes).reversed());
        return growth.subList(0, Math.min(limit, growth.size()));
    }
}
