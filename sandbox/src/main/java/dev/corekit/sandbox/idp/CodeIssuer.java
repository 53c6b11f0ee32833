package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import java.util.Collection;
import java.util.Set;

/** Ends an approved authorization: stores a code bound to the request and answers the redirect carrying it. */
final class CodeIssuer {
    private final SandboxConfig config;
    private final SandboxClock clock;
    private final TokenRegistry tokens;

    CodeIssuer(SandboxConfig config, SandboxClock clock, TokenRegistry tokens) {
        this.config = config;
        this.clock = clock;
        this.tokens = tokens;
    }

    /** The redirect URL with a new code for {@code login} in {@code companyId}, granting {@code scopes}. */
    String approve(AuthorizeRequest request, String login, String companyId, Collection<String> scopes) {
        String code = tokens.issueCode(new TokenRegistry.CodeGrant(
                request.app().clientId(),
                request.redirectUri(),
                login,
                companyId,
                Set.copyOf(scopes),
                request.codeChallenge(),
                clock.instant().plus(config.codeLifetime()),
                request.nonce()));
        return Callback.success(request.redirectUri(), code, request.state(), companyId);
    }
}
