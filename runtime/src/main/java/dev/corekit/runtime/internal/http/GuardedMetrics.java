package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.metrics.CallOutcome;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.metrics.HttpConnections;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An app's {@link CoreMetrics} that can never change what a call or a token refresh does: a {@link RuntimeException}
 * one of its methods throws is logged (its class and the hook's name only, at WARN the first time and at DEBUG after)
 * and dropped.
 */
public final class GuardedMetrics implements CoreMetrics {
    private final CoreMetrics metrics;
    private final AtomicBoolean warned = new AtomicBoolean();

    private GuardedMetrics(CoreMetrics metrics) {
        this.metrics = metrics;
    }

    /**
     * Guards {@code metrics}, once.
     *
     * @param metrics the app's metrics
     * @return metrics whose methods never throw a {@link RuntimeException}
     */
    public static CoreMetrics of(CoreMetrics metrics) {
        Objects.requireNonNull(metrics, "metrics");
        return metrics instanceof GuardedMetrics || metrics == CoreMetrics.none()
                ? metrics
                : new GuardedMetrics(metrics);
    }

    @Override
    public void callEnded(
            String resource, String method, CallOutcome outcome, @Nullable Throwable failure, long durationNanos) {
        try {
            metrics.callEnded(resource, method, outcome, failure, durationNanos);
        } catch (RuntimeException e) {
            failed("callEnded", e);
        }
    }

    @Override
    public void retried(String resource, String method) {
        try {
            metrics.retried(resource, method);
        } catch (RuntimeException e) {
            failed("retried", e);
        }
    }

    @Override
    public void tokenRefreshed(String connection) {
        try {
            metrics.tokenRefreshed(connection);
        } catch (RuntimeException e) {
            failed("tokenRefreshed", e);
        }
    }

    @Override
    public void reauthorizationRequired(String connection) {
        try {
            metrics.reauthorizationRequired(connection);
        } catch (RuntimeException e) {
            failed("reauthorizationRequired", e);
        }
    }

    @Override
    public void connectionPool(HttpConnections connections) {
        try {
            metrics.connectionPool(connections);
        } catch (RuntimeException e) {
            failed("connectionPool", e);
        }
    }

    /** Names the hook and the exception's class only: its message may quote anything the app's code holds. */
    private void failed(String hook, RuntimeException e) {
        if (warned.compareAndSet(false, true)) {
            Log.LOG.warn(
                    "the app's CoreMetrics ({}) threw {} from {}; ignored, the call goes on (later failures are"
                            + " logged at DEBUG)",
                    metrics.getClass().getName(),
                    e.getClass().getName(),
                    hook);
        } else {
            Log.LOG.debug(
                    "the app's CoreMetrics threw {} from {}; ignored",
                    e.getClass().getName(),
                    hook);
        }
    }

    @Override
    public String toString() {
        return metrics.toString();
    }

    /** SLF4J starts (and scans the class path for a provider) only when corekit first logs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(CoreMetrics.class);
    }
}
