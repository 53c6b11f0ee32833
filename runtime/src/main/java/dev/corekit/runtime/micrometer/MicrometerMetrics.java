package dev.corekit.runtime.micrometer;

import dev.corekit.runtime.metrics.CallOutcome;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.metrics.HttpConnections;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * corekit's metrics in a Micrometer {@link MeterRegistry}:
 *
 * <pre>{@code
 * CoreApp app = CoreApp.builder()
 *         ...
 *         .metrics(MicrometerMetrics.of(registry))
 *         .build();
 * }</pre>
 *
 * <table>
 *   <caption>The meters</caption>
 *   <tr><th>name</th><th>type</th><th>tags</th><th>counts or measures</th></tr>
 *   <tr><td>{@value #CALLS}</td><td>timer</td><td>resource, method, outcome, exception</td>
 *       <td>API calls, from the call to its result, retries and waits included</td></tr>
 *   <tr><td>{@value #RETRIES}</td><td>counter</td><td>resource, method</td>
 *       <td>attempts sent again after a dropped connection, {@code 429} or {@code 503}</td></tr>
 *   <tr><td>{@value #TOKEN_REFRESHES}</td><td>counter</td><td></td>
 *       <td>access tokens refreshed at the identity server by this process</td></tr>
 *   <tr><td>{@value #REAUTHORIZATIONS}</td><td>counter</td><td></td>
 *       <td>connections found to need a new login (refresh token refused or missing)</td></tr>
 *   <tr><td>{@value #CONNECTIONS}</td><td>gauge</td><td></td>
 *       <td>connections in the pool of corekit's own OkHttp client, in use or idle</td></tr>
 *   <tr><td>{@value #IDLE_CONNECTIONS}</td><td>gauge</td><td></td><td>idle connections in that pool</td></tr>
 * </table>
 *
 * <p>Tags: {@code resource} and {@code method} as {@link CoreMetrics} names them; {@code outcome} is
 * {@link CallOutcome#tagValue()} ({@code success}, {@code client_error}, {@code server_error},
 * {@code transport_error}, {@code error}); {@code exception} the simple name of the exception the caller got
 * ({@code CoreNotFoundException}), or {@code none}. No tag carries a connection name, an id, a URL or a secret, so the
 * number of series is bounded by the declared methods. The common tags given to {@link #of(MeterRegistry, Iterable)}
 * are added to every meter: an app that builds several {@code CoreApp}s on one registry tells them apart with them
 * (the gauges of a second app with the same tags are not registered).
 */
public final class MicrometerMetrics implements CoreMetrics {
    /** The timer of API calls. */
    public static final String CALLS = "corekit.calls";
    /** The counter of retried attempts. */
    public static final String RETRIES = "corekit.retries";
    /** The counter of token refreshes. */
    public static final String TOKEN_REFRESHES = "corekit.token.refreshes";
    /** The counter of connections that need a new login. */
    public static final String REAUTHORIZATIONS = "corekit.reauthorizations";
    /** The gauge of connections in corekit's OkHttp pool. */
    public static final String CONNECTIONS = "corekit.http.connections";
    /** The gauge of idle connections in corekit's OkHttp pool. */
    public static final String IDLE_CONNECTIONS = "corekit.http.connections.idle";

    private final MeterRegistry registry;
    private final Tags common;
    private final Counter tokenRefreshes;
    private final Counter reauthorizations;

    private MicrometerMetrics(MeterRegistry registry, Tags common) {
        this.registry = registry;
        this.common = common;
        this.tokenRefreshes = Counter.builder(TOKEN_REFRESHES)
                .description("Access tokens refreshed at the identity server")
                .tags(common)
                .register(registry);
        this.reauthorizations = Counter.builder(REAUTHORIZATIONS)
                .description("Connections found to need a new login")
                .tags(common)
                .register(registry);
    }

    /**
     * Records into {@code registry}.
     *
     * @param registry the app's registry
     * @return the metrics to give to {@code CoreSettings.metrics(...)}
     * @throws NullPointerException when {@code registry} is null
     */
    public static MicrometerMetrics of(MeterRegistry registry) {
        return of(registry, Tags.empty());
    }

    /**
     * Records into {@code registry}, with {@code commonTags} on every meter.
     *
     * @param registry the app's registry
     * @param commonTags tags for every meter of this app, e.g. {@code Tags.of("app", "billing")}
     * @return the metrics to give to {@code CoreSettings.metrics(...)}
     * @throws NullPointerException when {@code registry} or {@code commonTags} is null
     */
    public static MicrometerMetrics of(MeterRegistry registry, Iterable<Tag> commonTags) {
        Objects.requireNonNull(registry, "registry");
        Objects.requireNonNull(commonTags, "commonTags");
        return new MicrometerMetrics(registry, Tags.of(commonTags));
    }

    @Override
    public void callEnded(
            String resource, String method, CallOutcome outcome, @Nullable Throwable failure, long durationNanos) {
        Timer.builder(CALLS)
                .description("CORE API calls, retries and waits included")
                .tags(common)
                .tag("resource", resource)
                .tag("method", method)
                .tag("outcome", outcome.tagValue())
                .tag("exception", exception(failure))
                .register(registry)
                .record(durationNanos, TimeUnit.NANOSECONDS);
    }

    @Override
    public void retried(String resource, String method) {
        Counter.builder(RETRIES)
                .description("CORE API attempts sent again after a failed one")
                .tags(common)
                .tag("resource", resource)
                .tag("method", method)
                .register(registry)
                .increment();
    }

    @Override
    public void tokenRefreshed(String connection) {
        tokenRefreshes.increment();
    }

    @Override
    public void reauthorizationRequired(String connection) {
        reauthorizations.increment();
    }

    @Override
    public void connectionPool(HttpConnections connections) {
        // The registry holds the pool's view weakly: the app or client that owns it keeps it.
        Gauge.builder(CONNECTIONS, connections, HttpConnections::total)
                .description("Connections in corekit's HTTP connection pool, in use or idle")
                .tags(common)
                .register(registry);
        Gauge.builder(IDLE_CONNECTIONS, connections, HttpConnections::idle)
                .description("Idle connections in corekit's HTTP connection pool")
                .tags(common)
                .register(registry);
    }

    /** The exception's simple name (its full name when it has none), or {@code none}. */
    private static String exception(@Nullable Throwable failure) {
        if (failure == null) {
            return "none";
        }
        String name = failure.getClass().getSimpleName();
        return name.isEmpty() ? failure.getClass().getName() : name;
    }

    @Override
    public String toString() {
        return "MicrometerMetrics{" + registry.getClass().getSimpleName() + ", " + common + "}";
    }
}
