package dev.corekit.sandbox.api;

import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.http.SandboxRequest;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.idp.TokenRegistry.AccessGrant;
import java.util.Optional;

/**
 * Checks the {@code Authorization: Bearer <token>} of an API call and the scopes of its grant. A token counts only at
 * the endpoint of the company it was granted for.
 */
final class BearerCheck {
    static final String READ = "read:core";
    static final String READ_WRITE = "readwrite:core";

    private final TokenRegistry tokens;
    private final SandboxClock clock;

    BearerCheck(TokenRegistry tokens, SandboxClock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /**
     * The grant of the request's token, when the header is {@code Bearer <token>} (scheme in any case, RFC 6750) and
     * the token is known, neither expired nor revoked, and issued for {@code companyId}; empty otherwise.
     */
    Optional<AccessGrant> grant(SandboxRequest request, String companyId) {
        String token = token(request);
        if (token == null) {
            return Optional.empty();
        }
        return tokens.activeAccess(token, clock.instant()).filter(g -> companyId.equals(g.companyId()));
    }

    /** The token of a {@code Bearer <token>} header, or {@code null}. */
    static String token(SandboxRequest request) {
        String header = request.header("Authorization");
        if (header == null) {
            return null;
        }
        String[] parts = header.trim().split("\\s+");
        return parts.length == 2 && parts[0].equalsIgnoreCase("Bearer") ? parts[1] : null;
    }

    static boolean canRead(AccessGrant grant) {
        return grant.scopes().contains(READ) || grant.scopes().contains(READ_WRITE);
    }

    static boolean canWrite(AccessGrant grant) {
        return grant.scopes().contains(READ_WRITE);
    }
}
