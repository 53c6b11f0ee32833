package dev.corekit.runtime.metrics;

/** The metrics that record nothing: {@link CoreMetrics#none()}. */
final class NoMetrics implements CoreMetrics {
    static final NoMetrics INSTANCE = new NoMetrics();

    private NoMetrics() {}

    @Override
    public String toString() {
        return "CoreMetrics.none()";
    }
}
