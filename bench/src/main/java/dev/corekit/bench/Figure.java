package dev.corekit.bench;

import java.util.Locale;

/**
 * One row of the bench's table: a figure of corekit and of the floor it is measured against, their ratio, the goal
 * and whether this run met it.
 *
 * @param name what was measured
 * @param corekit corekit's figure, with its unit
 * @param floor the floor's figure, with its unit
 * @param ratio corekit's figure divided by the floor's
 * @param goal the goal, in words
 * @param met whether this run met the goal
 */
record Figure(String name, String corekit, String floor, double ratio, String goal, boolean met) {
    static final String NO_GOAL = "-";

    /** A figure whose goal is a ratio of at most {@code maxRatio} (lower is better: time, allocation). */
    static Figure atMost(String name, double corekit, double floor, String unit, double maxRatio) {
        double ratio = corekit / floor;
        return new Figure(
                name,
                format(corekit, unit),
                format(floor, unit),
                ratio,
                String.format(Locale.ROOT, "≤ %.2fx", maxRatio),
                ratio <= maxRatio);
    }

    /** A figure shown for comparison, with no goal of its own. */
    static Figure shown(String name, double corekit, double floor, String unit) {
        return new Figure(name, format(corekit, unit), format(floor, unit), corekit / floor, NO_GOAL, true);
    }

    static String format(double value, String unit) {
        String number = Math.abs(value) >= 100
                ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%,.2f", value);
        return unit.isEmpty() ? number : number + " " + unit;
    }

    /** The cells of this figure's row. */
    java.util.List<String> cells() {
        return java.util.List.of(
                name,
                corekit,
                floor,
                String.format(Locale.ROOT, "%.3f", ratio),
                goal,
                goal.equals(NO_GOAL) ? NO_GOAL : met ? "yes" : "**no**");
    }
}
