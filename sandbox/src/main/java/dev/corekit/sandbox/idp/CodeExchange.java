package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import java.util.Map;

/**
 * {@code grant_type=authorization_code} (RFC 6749 §4.1.3): a code works once, before it expires, for the client it was
 * issued to, with the same {@code redirect_uri} and, when the authorize request had a PKCE challenge, the verifier.
 * A replayed code revokes every token its first exchange issued (RFC 6749 §4.1.2).
 */
final class CodeExchange {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final TokenRegistry tokens;
    private final TokenIssuer issuer;

    CodeExchange(SandboxConfig config, SandboxClock clock, TokenRegistry tokens, TokenIssuer issuer) {
        this.config = config;
        this.clock = clock;
        this.tokens = tokens;
        this.issuer = issuer;
    }

    Map<String, Object> exchange(SandboxApp app, Params form) throws OAuthError {
        String code = form.required("code");
        String redirectUri = form.required("redirect_uri");
        String verifier = form.single("code_verifier");
        String family = tokens.newFamily();
        // Taken before any check: a code that failed a check must not be tried again with other parameters.
        TokenRegistry.CodeGrant grant = tokens.redeemCode(code, family)
                .orElseThrow(() -> OAuthError.invalidGrant("the code is unknown, expired or already used"));
        if (!clock.instant().isBefore(grant.expiresAt())) {
            throw OAuthError.invalidGrant("the code has expired");
        }
        if (!grant.clientId().equals(app.clientId())) {
            throw OAuthError.invalidGrant("the code was issued to another client");
        }
        if (!grant.redirectUri().equals(redirectUri)) {
            throw OAuthError.invalidGrant("redirect_uri differs from the one of the authorize request");
        }
        if (grant.codeChallenge() != null) {
            if (verifier == null) {
                throw OAuthError.invalidGrant("code_verifier is missing; the authorize request had a code_challenge");
            }
            if (!Pkce.verifies(verifier, grant.codeChallenge())) {
                throw OAuthError.invalidGrant("code_verifier does not match the code_challenge");
            }
        } else if (verifier != null) {
            // RFC 9700 §2.1.1: a verifier without a challenge hints at a PKCE downgrade.
            throw OAuthError.invalidGrant("code_verifier was sent, but the authorize request had no code_challenge");
        }
        String refreshToken = null;
        if (grant.scopes().contains(Scopes.OFFLINE_ACCESS)) {
            refreshToken = issuer.refreshToken(
                    grant.clientId(),
                    grant.login(),
                    grant.companyId(),
                    grant.scopes(),
                    family,
                    clock.instant().plus(config.refreshTokenLifetime()));
        }
        return issuer.respond(
                grant.clientId(),
                grant.login(),
                grant.companyId(),
                grant.scopes(),
                family,
                refreshToken,
                grant.nonce());
    }
}
