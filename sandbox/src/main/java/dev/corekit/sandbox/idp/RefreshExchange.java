package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/**
 * {@code grant_type=refresh_token} (RFC 6749 §6). With rotation on (the default) every use answers a new refresh
 * token and retires the old one; presenting a retired one is taken as theft and revokes the whole family (RFC 9700
 * §4.14.2). With rotation off the response has no {@code refresh_token} and the same one keeps working. A rotated
 * refresh token keeps the expiry of the first one: the family's lifetime is absolute, not sliding. {@code scope} may
 * narrow the new access token's scopes; the refresh token keeps the original grant.
 */
final class RefreshExchange {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final TokenRegistry tokens;
    private final TokenIssuer issuer;

    RefreshExchange(SandboxConfig config, SandboxClock clock, TokenRegistry tokens, TokenIssuer issuer) {
        this.config = config;
        this.clock = clock;
        this.tokens = tokens;
        this.issuer = issuer;
    }

    Map<String, Object> exchange(SandboxApp app, Params form) throws OAuthError {
        String token = form.required("refresh_token");
        if (!app.allowedScopes().contains(Scopes.OFFLINE_ACCESS)) {
            throw OAuthError.unauthorizedClient("the app may not request offline_access, so it has no refresh tokens");
        }
        TokenRegistry.RefreshGrant grant =
                tokens.refresh(token).orElseThrow(() -> OAuthError.invalidGrant("the refresh token is unknown"));
        if (!grant.clientId().equals(app.clientId())) {
            throw OAuthError.invalidGrant("the refresh token was issued to another client");
        }
        if (tokens.revoked(grant.family())) {
            throw OAuthError.invalidGrant("the refresh token has been revoked");
        }
        if (config.rotateRefreshTokens() && grant.rotated()) {
            throw reused(grant);
        }
        Instant now = clock.instant();
        if (!now.isBefore(grant.expiresAt())) {
            throw OAuthError.invalidGrant("the refresh token has expired");
        }
        Set<String> scopes = narrowed(form, grant.scopes());
        String next = null;
        if (config.rotateRefreshTokens()) {
            if (!tokens.rotateIfCurrent(token)) {
                // A concurrent request rotated it first: the same token was used twice.
                throw reused(grant);
            }
            next = issuer.refreshToken(
                    grant.clientId(),
                    grant.login(),
                    grant.companyId(),
                    grant.scopes(),
                    grant.family(),
                    grant.expiresAt());
        }
        return issuer.respond(grant.clientId(), grant.login(), grant.companyId(), scopes, grant.family(), next, null);
    }

    private OAuthError reused(TokenRegistry.RefreshGrant grant) {
        tokens.revokeFamily(grant.family());
        return OAuthError.invalidGrant(
                "the refresh token was already used; every token of this authorization is now revoked");
    }

    /** The {@code scope} asked for, which must be part of the original grant, or the original grant. */
    private static Set<String> narrowed(Params form, Set<String> granted) throws OAuthError {
        if (!form.has("scope")) {
            return granted;
        }
        Set<String> asked = Scopes.parse(form.single("scope"));
        if (asked.isEmpty()) {
            throw OAuthError.invalidScope("the scope parameter is empty");
        }
        for (String scope : asked) {
            if (!Scopes.ALL.contains(scope)) {
                throw OAuthError.invalidScope("unknown scope: " + scope);
            }
            if (!granted.contains(scope)) {
                throw OAuthError.invalidScope("scope may narrow the original grant, never widen it: " + scope);
            }
        }
        return asked;
    }
}
