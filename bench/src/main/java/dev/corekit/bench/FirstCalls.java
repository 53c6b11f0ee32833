package dev.corekit.bench;

/** What the first-call programs of {@link ColdStart} print, and how they end. */
final class FirstCalls {
    static final String PREFIX = "first call: ";

    private FirstCalls() {}

    /**
     * Prints what the first call decoded and ends the JVM at once: no shutdown work (or classes it would load) is
     * counted.
     */
    static void report(String decoded) {
        System.out.println(PREFIX + decoded);
        System.out.flush();
        Runtime.getRuntime().halt(0);
    }
}
