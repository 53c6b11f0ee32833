package dev.corekit.bench;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * An identity server's token endpoint ({@code POST /idp/connect/token}) for {@link LoopbackHttpServer} that rotates
 * refresh tokens: each {@code refresh_token} grant with the newest refresh token gets a new access token, a new
 * refresh token and {@code expires_in} of the lifetime; a spent one is refused ({@code invalid_grant}). Counts both.
 */
final class TokenRoutes implements LoopbackHttpServer.Responder {
    static final String PATH = "/idp/connect/token";

    private final Duration lifetime;
    private String refreshToken = BenchClients.REFRESH_TOKEN;
    private long refreshes;
    private long refused;

    /** Accepts first the refresh token the client's store holds ({@link BenchClients#REFRESH_TOKEN}). */
    TokenRoutes(Duration lifetime) {
        this.lifetime = lifetime;
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
        long generation = ++refreshes;
        refreshToken = "bench-refresh-" + generation;
        return HttpResponses.json("{\"access_token\":\"bench-access-" + generation + "\",\"token_type\":\"Bearer\","
                + "\"expires_in\":" + lifetime.toSeconds() + ",\"refresh_token\":\"" + refreshToken + "\","
                + "\"scope\":\"readwrite:core offline_access\"}");
    }

    /** Refresh grants answered with new tokens. */
    synchronized long refreshes() {
        return refreshes;
    }

    /** Refresh grants refused (a spent or unknown refresh token). */
    synchronized long refused() {
        return refused;
    }
}
