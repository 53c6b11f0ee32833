package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxUser;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** The OpenID Connect claims about a user that a set of granted scopes releases. */
final class UserClaims {
    private UserClaims() {}

    /**
     * The user's {@code sub}: a name-based UUID of the login, so it is stable across sandbox restarts but does not
     * reveal the email address to an app that was not granted {@code email}.
     */
    static String subject(String login) {
        return UUID.nameUUIDFromBytes(("corekit-sandbox-user:" + login).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    /**
     * {@code sub} always; {@code name} with {@code profile}; {@code email} (the login) and {@code email_verified} with
     * {@code email}. Sandbox users have no address, so {@code address} releases nothing.
     */
    static Map<String, Object> of(SandboxUser user, Collection<String> scopes) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("sub", subject(user.login()));
        if (scopes.contains("profile")) {
            claims.put("name", user.name());
        }
        if (scopes.contains("email")) {
            claims.put("email", user.login());
            claims.put("email_verified", true);
        }
        return claims;
    }
}
