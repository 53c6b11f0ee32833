package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Issues an access token (and ID token) for a grant and writes the token response CORE sends. */
final class TokenIssuer {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final TokenRegistry tokens;
    private final IdTokens idTokens;
    private final Function<String, String> endpointOfCompany;

    TokenIssuer(
            SandboxConfig config,
            SandboxClock clock,
            TokenRegistry tokens,
            IdTokens idTokens,
            Function<String, String> endpointOfCompany) {
        this.config = config;
        this.clock = clock;
        this.tokens = tokens;
        this.idTokens = idTokens;
        this.endpointOfCompany = endpointOfCompany;
    }

    /** A new refresh token of {@code family}, for {@code scopes}, expiring at {@code expiresAt}. */
    String refreshToken(
            String clientId,
            String login,
            String companyId,
            Collection<String> scopes,
            String family,
            Instant expiresAt) {
        return tokens.issueRefresh(new TokenRegistry.RefreshGrant(
                clientId, login, companyId, Set.copyOf(scopes), expiresAt, family, false));
    }

    /**
     * Issues an access token for {@code scopes} and answers the token response: {@code access_token},
     * {@code token_type}, {@code expires_in}, {@code refresh_token} (when given), {@code id_token} (with
     * {@code openid}), {@code scope} and the company's {@code endpoint}.
     */
    Map<String, Object> respond(
            String clientId,
            String login,
            String companyId,
            Collection<String> scopes,
            String family,
            String refreshToken,
            String nonce) {
        Instant now = clock.instant();
        String accessToken = tokens.issueAccess(new TokenRegistry.AccessGrant(
                clientId, login, companyId, Set.copyOf(scopes), now.plus(config.accessTokenLifetime()), family));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("access_token", accessToken);
        body.put("token_type", "Bearer");
        body.put("expires_in", config.accessTokenLifetime().toSeconds());
        if (refreshToken != null) {
            body.put("refresh_token", refreshToken);
        }
        if (scopes.contains(Scopes.OPENID)) {
            body.put("id_token", idTokens.create(clientId, login, now, config.accessTokenLifetime(), nonce));
        }
        body.put("scope", Scopes.format(scopes));
        body.put("endpoint", endpointOfCompany.apply(companyId));
        return body;
    }
}
