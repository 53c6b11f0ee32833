package dev.corekit.bench;

import java.util.Arrays;
import java.util.List;

/** The median of repeated measurements: one disturbed run moves it less than it moves a mean. */
final class Medians {
    private Medians() {}

    static double of(List<? extends Number> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values to take the median of");
        }
        double[] sorted = values.stream().mapToDouble(Number::doubleValue).toArray();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
