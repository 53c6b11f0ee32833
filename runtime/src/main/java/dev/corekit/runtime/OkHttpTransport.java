package dev.corekit.runtime;

import dev.corekit.runtime.internal.http.NoOkHttpFollowUps;
import dev.corekit.runtime.metrics.HttpConnections;
import feign.Client;
import java.util.concurrent.TimeUnit;
import okhttp3.ConnectionPool;
import okhttp3.OkHttpClient;

/**
 * The default HTTP client, OkHttp, the fastest measured: redirects off, no resends of its own and a pool sized for
 * concurrency. Only this class and {@link OkHttpFeignClient} name OkHttp's types, and corekit loads them only when
 * {@link OkHttpPresence} found OkHttp on the class path, so an app may leave OkHttp out. It shows its pool's counts to
 * {@link dev.corekit.runtime.metrics.CoreMetrics#connectionPool}.
 */
final class OkHttpTransport implements HttpConnections {
    private final OkHttpClient okHttp;

    OkHttpTransport(AppSettings settings) {
        this.okHttp = NoOkHttpFollowUps.install(new OkHttpClient.Builder())
                .connectTimeout(settings.connectTimeout)
                .readTimeout(settings.readTimeout)
                .connectionPool(new ConnectionPool(settings.maxIdleConnections, 5, TimeUnit.MINUTES))
                .followRedirects(false)
                .followSslRedirects(false)
                // corekit's retryer decides what is sent again; OkHttp would resend a POST on a dropped connection.
                .retryOnConnectionFailure(false)
                .build();
    }

    /** The Feign client that sends through this OkHttp. */
    Client feignClient() {
        return new OkHttpFeignClient(okHttp);
    }

    @Override
    public int total() {
        return okHttp.connectionPool().connectionCount();
    }

    @Override
    public int idle() {
        return okHttp.connectionPool().idleConnectionCount();
    }

    /** Closes the pooled connections. */
    void close() {
        // Feign sends with Call.execute(), on the caller's thread: OkHttp's dispatcher never built an executor.
        okHttp.connectionPool().evictAll();
    }
}
