package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.metrics.CallOutcome;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.metrics.HttpConnections;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Every {@link CoreMetrics} bean of the context, in order: each event reaches all of them, even when one throws (the
 * first exception is thrown after the others ran, for corekit to log).
 */
final class CompositeCoreMetrics implements CoreMetrics {
    private final List<CoreMetrics> delegates;

    private CompositeCoreMetrics(List<CoreMetrics> delegates) {
        this.delegates = List.copyOf(delegates);
    }

    /** {@return none, the one, or a composite of {@code metrics}} */
    static CoreMetrics of(List<CoreMetrics> metrics) {
        return switch (metrics.size()) {
            case 0 -> CoreMetrics.none();
            case 1 -> metrics.get(0);
            default -> new CompositeCoreMetrics(metrics);
        };
    }

    private void each(Consumer<CoreMetrics> event) {
        RuntimeException first = null;
        for (CoreMetrics delegate : delegates) {
            try {
                event.accept(delegate);
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    @Override
    public void callEnded(
            String resource, String method, CallOutcome outcome, @Nullable Throwable failure, long durationNanos) {
        each(m -> m.callEnded(resource, method, outcome, failure, durationNanos));
    }

    @Override
    public void retried(String resource, String method) {
        each(m -> m.retried(resource, method));
    }

    @Override
    public void tokenRefreshed(String connection) {
        each(m -> m.tokenRefreshed(connection));
    }

    @Override
    public void reauthorizationRequired(String connection) {
        each(m -> m.reauthorizationRequired(connection));
    }

    @Override
    public void connectionPool(HttpConnections connections) {
        each(m -> m.connectionPool(connections));
    }

    @Override
    public String toString() {
        return "CompositeCoreMetrics" + delegates;
    }
}
