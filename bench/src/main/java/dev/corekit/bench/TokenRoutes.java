package dev.corekit.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An identity server's token endpoint ({@code POST /idp/connect/token}) for {@link LoopbackHttpServer} that rotates
 * refresh tokens: each {@code refresh_token} grant with the newest refresh token gets a new access token, a new
 * refresh token and {@code expires_in} of the lifetime; a spent one is refused ({@code invalid_grant}). It keeps when
 * it issued each access token, on the clock it is given, so that it can tell how many expired while calls were made.
 */
final class TokenRoutes implements LoopbackHttpServer.Responder {
    static final String PATH = "/idp/connect/token";

    private final Clock clock;
    private final Duration lifetime;
    private final List<Instant> issued = new ArrayList<>();
    private String refreshToken = BenchClients.REFRESH_TOKEN;
    private long refused;

    /** Starts with the access token the client's store holds, issued {@code now}. */
    TokenRoutes(Clock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        issued.add(clock.instant());
    }

    @Override
    public synchronized byte[] apply(LoopbackHttpServer.Request request) {
        if (!request.method().equals("POST") || !request.path().equals(PATH)) {
            return HttpResponses.NOT_FOUND;
        }
        List<String> form = List.of(new String(request.body(), StandardCharsets.US_ASCII).split("&"));
        if (!form.contains("grant_type=refresh_token")
                || !form.stream()
                        .map(field -> URLDecoder.decode(field, StandardCharsets.UTF_8))
                        .anyMatch(field -> field.equals("refresh_token=" + refreshToken))) {
            refused++;
            return HttpResponses.badRequest("invalid_grant");
        }
        issued.add(clock.instant());
        int generation = issued.size() - 1;
        refreshToken = "bench-refresh-" + generation;
        return HttpResponses.json("{\"access_token\":\"bench-access-" + generation + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + lifetime.toSeconds() + ",\"refresh_token\":\"" + refreshToken + "\","
                + "\"scope\":\"readwrite:core offline_access\"}");
    }

    /** Refresh grants answered with new tokens. */
    synchronized long refreshes() {
        return issued.size() - 1;
    }

    /** Refresh grants refused (a spent or unknown refresh token). */
    synchronized long refused() {
        return refused;
    }

    /**
     * The access tokens whose refresh point (expiry less {@code skew}) had passed at {@code lastCall}: each needs one
     * refresh before a call made after it.
     */
    synchronized long expiriesBefore(Instant lastCall, Duration skew) {
        return issued.stream()
                .filter(at -> !at.plus(lifetime).minus(skew).isAfter(lastCall))
                .count();
    }
}
