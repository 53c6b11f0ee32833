package dev.corekit.runtime.internal.token;

import static dev.corekit.runtime.internal.token.TokenFixtures.fastRetries;
import static dev.corekit.runtime.internal.token.TokenFixtures.tokenResponse;

import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A token endpoint on 127.0.0.1 that rotates refresh tokens as CORE's sandbox does: refresh token {@code refresh-n}
 * works once and is answered with {@code access-m} and {@code refresh-m}; a spent or unknown one gets
 * {@code invalid_grant}. It can hold the first refresh request until the test releases it, and decides each answer
 * only when it sends it.
 */
final class RotatingTokenServer implements AutoCloseable {
    private final LocalHttpServer server;
    private final Set<String> live = new HashSet<>();
    private int issued;
    private final AtomicInteger refreshes = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicBoolean first = new AtomicBoolean(true);
    private final CompletableFuture<Void> firstArrived = new CompletableFuture<>();
    private final CompletableFuture<Void> releaseFirst = new CompletableFuture<>();
    private volatile boolean releasedByAnother;

    private RotatingTokenServer(boolean holdFirst) {
        if (!holdFirst) {
            releaseFirst.complete(null);
        }
        live.add("refresh-0");
        server = LocalHttpServer.start((exchange, body) -> {
            refreshes.incrementAndGet();
            if (first.getAndSet(false)) {
                firstArrived.complete(null);
                releaseFirst.get(30, TimeUnit.SECONDS);
            } else if (releasedByAnother) {
                releaseFirst.complete(null);
            }
            String answer = answer(form(body, "refresh_token"));
            if (answer == null) {
                refused.incrementAndGet();
                LocalHttpServer.json(exchange, 400, "{\"error\":\"invalid_grant\"}");
            } else {
                LocalHttpServer.json(exchange, 200, answer);
            }
        });
    }

    /** A server whose {@code refresh-0} is live. */
    static RotatingTokenServer start() {
        return new RotatingTokenServer(false);
    }

    /** A server that holds its first refresh request until {@link #releaseFirst()}. */
    static RotatingTokenServer holdingTheFirstRefresh() {
        return new RotatingTokenServer(true);
    }

    private synchronized String answer(String refreshToken) {
        if (refreshToken == null || !live.remove(refreshToken)) {
            return null;
        }
        int n = ++issued;
        live.add("refresh-" + n);
        return tokenResponse("access-" + n, "refresh-" + n);
    }

    /** Makes {@code refreshToken} unknown, as a revoked grant is. */
    synchronized void revoke(String refreshToken) {
        live.remove(refreshToken);
    }

    /** Makes {@code refreshToken} live, as a new login's is. */
    synchronized void accept(String refreshToken) {
        live.add(refreshToken);
    }

    private static String form(String body, String name) {
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0
                    && URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8)
                            .equals(name)) {
                return URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** Completes once the first refresh request arrived (and, when held, waits). */
    CompletableFuture<Void> firstArrived() {
        return firstArrived;
    }

    /** Lets a second refresh request release the held first one (each answer is still decided when sent). */
    void releaseFirstWhenAnotherArrives() {
        releasedByAnother = true;
    }

    void releaseFirst() {
        releaseFirst.complete(null);
    }

    /** The refresh requests received. */
    int refreshes() {
        return refreshes.get();
    }

    /** The refresh requests answered with {@code invalid_grant}. */
    int refused() {
        return refused.get();
    }

    TokenEndpointClient endpoint(Clock clock) {
        return TokenFixtures.endpoint(
                server.identityUrl(),
                new ClientCredentials("client", "secret", ClientAuthentication.BODY),
                clock,
                fastRetries());
    }

    @Override
    public void close() {
        releaseFirst.complete(null);
        server.close();
    }
}
