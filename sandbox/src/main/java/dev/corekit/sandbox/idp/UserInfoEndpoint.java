package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code GET /connect/userinfo} (OpenID Connect Core §5.3) with a bearer access token in the {@code Authorization}
 * header. As in IdentityServer, which CORE runs, the token must carry {@code openid}; the claims are those its other
 * scopes release ({@link UserClaims}). Token errors follow RFC 6750 §3.
 */
final class UserInfoEndpoint {
    private static final String REALM = Responses.BEARER_CHALLENGE;

    private final SandboxConfig config;
    private final SandboxClock clock;
    private final TokenRegistry tokens;

    UserInfoEndpoint(SandboxConfig config, SandboxClock clock, TokenRegistry tokens) {
        this.config = config;
        this.clock = clock;
        this.tokens = tokens;
    }

    void handle(SandboxRequest request, HttpExchange exchange) throws IOException {
        if (!request.method().equals("GET") && !request.method().equals("POST")) {
            MethodNotAllowed.send(exchange, "GET, POST");
            return;
        }
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            // RFC 6750 §3.1: a request without credentials gets the challenge but no error code.
            new OAuthError("invalid_request", "the request has no bearer token", 401)
                    .withChallenge(REALM)
                    .send(exchange);
            return;
        }
        Optional<TokenRegistry.AccessGrant> grant =
                tokens.activeAccess(header.substring(7).trim(), clock.instant());
        if (grant.isEmpty()) {
            String description = "the access token is invalid, expired or revoked";
            new OAuthError("invalid_token", description, 401)
                    .withChallenge(REALM + ", error=\"invalid_token\", error_description=\"" + description + "\"")
                    .send(exchange);
            return;
        }
        if (!grant.get().scopes().contains(Scopes.OPENID)) {
            new OAuthError("insufficient_scope", "userinfo needs a token granted the openid scope", 403)
                    .withChallenge(REALM + ", error=\"insufficient_scope\", scope=\"openid\"")
                    .send(exchange);
            return;
        }
        NoStore.apply(exchange);
        Responses.json(
                exchange,
                200,
                UserClaims.of(config.user(grant.get().login()), grant.get().scopes()));
    }
}
