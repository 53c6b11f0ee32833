package dev.corekit.sandbox.idp;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Makes ID tokens: RS256 JWTs signed with the sandbox's {@link SigningKey}, carrying {@code iss}, {@code sub},
 * {@code aud} (the client id), {@code iat}, {@code exp} and, when the authorize request had one, {@code nonce}.
 */
final class IdTokens {
    private final String issuer;
    private final SigningKey key;

    IdTokens(String issuer, SigningKey key) {
        this.issuer = issuer;
        this.key = key;
    }

    /** An ID token for {@code login} and {@code clientId}, valid for {@code lifetime} from {@code now}. */
    String create(String clientId, String login, Instant now, Duration lifetime, String nonce) {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", issuer);
        claims.put("sub", UserClaims.subject(login));
        claims.put("aud", clientId);
        claims.put("iat", now.getEpochSecond());
        claims.put("exp", now.plus(lifetime).getEpochSecond());
        if (nonce != null) {
            claims.put("nonce", nonce);
        }
        return key.signJwt(claims);
    }
}
