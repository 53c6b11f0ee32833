package dev.corekit.spring.boot.actuate;

import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The {@code corekit} health contributor: UP when the identity server serves its discovery document
 * ({@code {identity-server}/.well-known/openid-configuration}) within the timeout, DOWN with a reason otherwise. Its
 * details name the identity server and count the connections that need a new login: those marked by
 * {@link ReauthorizationMarkers} whose stored tokens are still missing or unusable (no refresh token and an expired
 * access token). Markers of connections that have usable tokens again are cleared while counting. CORE is never
 * called for a connection. When the markers cannot be read, the count is replaced by
 * {@code connectionsNeedingLoginUnknown} and the status stays the identity server's. A result is reused for the
 * configured cache duration, by the injected clock; while one caller waits for the identity server, the others get the
 * last result instead of waiting too.
 *
 * <p>DOWN when CORE's identity server does not answer, and Boot's {@code /actuator/health} aggregates every
 * contributor: an outage of CORE then turns the whole application DOWN. A load balancer or Kubernetes should
 * therefore probe {@code /actuator/health/readiness} and {@code /actuator/health/liveness} (served unless
 * {@code management.endpoint.health.probes.enabled=false}), or a health group without {@code corekit}, so that pages
 * which never call CORE keep being served while it is unreachable.
 */
final class CorekitHealthIndicator implements HealthIndicator {
    private static final Logger LOG = LoggerFactory.getLogger(CorekitHealthIndicator.class);

    private final String identityServer;
    private final URI discovery;
    private final Duration timeout;
    private final Duration cache;
    private final Clock clock;
    private final TokenStore tokens;
    private final ReauthorizationMarkers markers;
    private final HttpClient http;

    // Guarded by this.
    private @Nullable Health last;
    private Instant lastAt = Instant.MIN;
    private @Nullable CompletableFuture<Health> checking;

    CorekitHealthIndicator(
            URI identityServer,
            Duration timeout,
            Duration cache,
            Clock clock,
            TokenStore tokens,
            ReauthorizationMarkers markers) {
        this.identityServer = shown(identityServer);
        String base = identityServer.toString().replaceAll("/+$", "");
        this.discovery = URI.create(base + "/.well-known/openid-configuration");
        this.timeout = timeout;
        this.cache = cache;
        this.clock = clock;
        this.tokens = tokens;
        this.markers = markers;
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The last result while it is fresh; otherwise a new check, made by one caller at a time: while one caller
     * waits for the identity server, the others get the last result (or, before the first one, wait for that same
     * check, which ends within the timeout) instead of queuing behind it.
     */
    @Override
    public Health health() {
        CompletableFuture<Health> check;
        Instant now;
        boolean mine;
        synchronized (this) {
            now = clock.instant();
            if (last != null && (checking != null || now.isBefore(lastAt.plus(cache)))) {
                return last;
            }
            CompletableFuture<Health> running = checking;
            mine = running == null;
            check = mine ? new CompletableFuture<>() : running;
            checking = check;
        }
        if (!mine) {
            // Another caller's check, the first one: it ends within the timeout.
            return check.join();
        }
        try {
            Health health = check(now);
            synchronized (this) {
                last = health;
                lastAt = now;
            }
            check.complete(health);
            return health;
        } catch (RuntimeException | Error e) {
            check.completeExceptionally(e);
            throw e;
        } finally {
            synchronized (this) {
                checking = null;
            }
        }
    }

    private Health check(Instant now) {
        Health.Builder health = Health.up().withDetail("identityServer", identityServer);
        try {
            health.withDetail("connectionsNeedingLogin", connectionsNeedingLogin(now));
        } catch (RuntimeException e) {
            // Calls do not depend on the markers: the status stays the identity server's.
            LOG.debug("could not count the connections that need a new login", e);
            health.withDetail(
                    "connectionsNeedingLoginUnknown",
                    "the markers could not be read (" + e.getClass().getSimpleName() + ")");
        }
        String down = probe();
        if (down != null) {
            health.down().withDetail("reason", down);
        }
        return health.build();
    }

    /** Counts the marked connections without usable tokens, clearing the markers of the others. */
    private int connectionsNeedingLogin(Instant now) {
        int needing = 0;
        for (Map.Entry<String, Instant> marker : markers.marked().entrySet()) {
            if (usable(marker.getKey(), now)) {
                markers.clear(marker.getKey(), marker.getValue());
            } else {
                needing++;
            }
        }
        return needing;
    }

    private boolean usable(String connection, Instant now) {
        Optional<TokenSet> stored;
        try {
            stored = tokens.load(connection);
        } catch (RuntimeException e) {
            // Tokens that cannot be read cannot be used either.
            LOG.debug(
                    "could not read the tokens of connection {}: {}",
                    connection,
                    e.getClass().getName());
            return false;
        }
        return stored.map(t -> t.refreshToken() != null || t.expiresAt().isAfter(now))
                .orElse(false);
    }

    /** Asks for the discovery document; returns why the identity server is taken as down, or null when it answered. */
    private @Nullable String probe() {
        HttpRequest request = HttpRequest.newBuilder(discovery)
                .timeout(timeout)
                .header("Accept", "application/json")
                .GET()
                .build();
        try {
            int status =
                    http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300 ? null : "the identity server answered HTTP " + status;
        } catch (HttpTimeoutException e) {
            return "the identity server did not answer within " + timeout.toMillis() + " ms";
        } catch (ConnectException e) {
            return "could not connect to the identity server";
        } catch (IOException e) {
            return "the identity server's answer failed (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while asking the identity server";
        }
    }

    /** The URL without user info, query or fragment. */
    private static String shown(URI uri) {
        try {
            return new URI(uri.getScheme(), null, uri.getHost(), uri.getPort(), uri.getPath(), null, null).toString();
        } catch (URISyntaxException e) {
            return uri.getScheme() + "://" + uri.getHost();
        }
    }

    @Override
    public String toString() {
        return "CorekitHealthIndicator{" + identityServer + "}";
    }
}
