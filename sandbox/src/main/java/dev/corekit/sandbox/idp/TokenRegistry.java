package dev.corekit.sandbox.idp;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The identity server's memory: authorization codes, access tokens and refresh tokens. Every token issued through one
 * authorization belongs to a family, so that a replayed refresh token (or code) revokes everything the family holds.
 */
public final class TokenRegistry {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, CodeGrant> codes = new ConcurrentHashMap<>();
    private final Map<String, String> redeemedCodes = new ConcurrentHashMap<>();
    private final Map<String, AccessGrant> accessTokens = new ConcurrentHashMap<>();
    private final Map<String, RefreshGrant> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> revokedFamilies = ConcurrentHashMap.newKeySet();

    /** Holds no codes or tokens yet; each {@link dev.corekit.sandbox.CoreSandbox} issues from its own. */
    public TokenRegistry() {}

    /**
     * What an authorization code stands for.
     *
     * @param clientId the app's client id
     * @param redirectUri the {@code redirect_uri} passed to the authorize endpoint, which the token request must repeat
     * @param login the user's login
     * @param companyId the company's id, e.g. {@code demo-company-a}
     * @param scopes the granted scopes
     * @param codeChallenge the S256 PKCE challenge, or {@code null}
     * @param expiresAt when the code expires
     * @param nonce the OpenID Connect {@code nonce} to put in the ID token, or {@code null}
     */
    public record CodeGrant(
            String clientId,
            String redirectUri,
            String login,
            String companyId,
            Set<String> scopes,
            String codeChallenge,
            Instant expiresAt,
            String nonce) {
        /**
         * A code grant without a nonce.
         *
         * @param clientId the app's client id
         * @param redirectUri the redirect URI of the authorize request
         * @param login the user's login
         * @param companyId the company's id, e.g. {@code demo-company-a}
         * @param scopes the granted scopes
         * @param codeChallenge the PKCE challenge, or {@code null}
         * @param expiresAt when the code expires
         */
        public CodeGrant(
                String clientId,
                String redirectUri,
                String login,
                String companyId,
                Set<String> scopes,
                String codeChallenge,
                Instant expiresAt) {
            this(clientId, redirectUri, login, companyId, scopes, codeChallenge, expiresAt, null);
        }
    }

    /**
     * What an access token stands for.
     *
     * @param clientId the app's client id
     * @param login the user's login
     * @param companyId the company's id
     * @param scopes the granted scopes
     * @param expiresAt when the access token expires
     * @param family the grant family the token belongs to (revoked together)
     */
    public record AccessGrant(
            String clientId, String login, String companyId, Set<String> scopes, Instant expiresAt, String family) {}

    /**
     * What a refresh token stands for.
     *
     * @param clientId the app's client id
     * @param login the user's login
     * @param companyId the company's id
     * @param scopes the granted scopes
     * @param expiresAt when the refresh token expires
     * @param family the grant family the token belongs to (revoked together)
     * @param rotated whether a newer refresh token replaced it
     */
    public record RefreshGrant(
            String clientId,
            String login,
            String companyId,
            Set<String> scopes,
            Instant expiresAt,
            String family,
            boolean rotated) {}

    /**
     * Tokens issued together.
     *
     * @param accessToken the access token
     * @param access what the access token stands for
     * @param refreshToken the refresh token, or {@code null} without {@code offline_access}
     */
    public record Issued(String accessToken, AccessGrant access, String refreshToken) {}

    /** {@return a new random, URL-safe token of 32 bytes} */
    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /**
     * Stores a code grant and returns the code.
     *
     * @param grant what the token stands for
     * @return the code
     */
    public String issueCode(CodeGrant grant) {
        String code = newToken();
        codes.put(code, grant);
        return code;
    }

    /**
     * Takes a code (a code works once) and, in the same step, records the family its tokens will belong to, so that a
     * replay racing the first exchange still revokes what that exchange issues. A replay or an unknown code answers
     * empty; a replay also revokes the family.
     *
     * @param code the code
     * @param family the token family
     * @return the code's grant, or empty
     */
    public synchronized Optional<CodeGrant> redeemCode(String code, String family) {
        CodeGrant grant = codes.remove(code);
        if (grant == null) {
            String spent = redeemedCodes.get(code);
            if (spent != null) {
                revokeFamily(spent);
            }
            return Optional.empty();
        }
        redeemedCodes.put(code, family);
        return Optional.of(grant);
    }

    /**
     * Stores an access token for {@code grant} and returns the token.
     *
     * @param grant what the token stands for
     * @return the access token
     */
    public String issueAccess(AccessGrant grant) {
        String token = newToken();
        accessTokens.put(token, grant);
        return token;
    }

    /**
     * Stores a refresh token for {@code grant} and returns the token.
     *
     * @param grant what the token stands for
     * @return the refresh token
     */
    public String issueRefresh(RefreshGrant grant) {
        String token = newToken();
        refreshTokens.put(token, grant);
        return token;
    }

    /**
     * Issues an access token, and a refresh token when {@code refreshLifetime} is not {@code null}.
     *
     * @param clientId the app's client id
     * @param login the user's login
     * @param companyId the company's id, e.g. {@code demo-company-a}
     * @param scopes the granted scopes
     * @param family the token family
     * @param now the current instant
     * @param accessLifetime how long the access token lives
     * @param refreshLifetime how long the refresh token lives, or {@code null} for none
     * @return the tokens issued
     */
    public Issued issue(
            String clientId,
            String login,
            String companyId,
            Set<String> scopes,
            String family,
            Instant now,
            Duration accessLifetime,
            Duration refreshLifetime) {
        String accessToken = newToken();
        AccessGrant access =
                new AccessGrant(clientId, login, companyId, Set.copyOf(scopes), now.plus(accessLifetime), family);
        accessTokens.put(accessToken, access);
        String refreshToken = null;
        if (refreshLifetime != null) {
            refreshToken = newToken();
            refreshTokens.put(
                    refreshToken,
                    new RefreshGrant(
                            clientId, login, companyId, Set.copyOf(scopes), now.plus(refreshLifetime), family, false));
        }
        return new Issued(accessToken, access, refreshToken);
    }

    /** {@return a new family id for a new authorization} */
    public String newFamily() {
        return newToken();
    }

    /**
     * {@return the grant of an access token that is known, not revoked and not expired at {@code now}}
     *
     * @param token the token
     * @param now the current instant
     */
    public Optional<AccessGrant> activeAccess(String token, Instant now) {
        AccessGrant grant = token == null ? null : accessTokens.get(token);
        if (grant == null || revokedFamilies.contains(grant.family()) || !now.isBefore(grant.expiresAt())) {
            return Optional.empty();
        }
        return Optional.of(grant);
    }

    /**
     * {@return the grant of a refresh token, whatever its state; empty when unknown}
     *
     * @param token the token
     */
    public Optional<RefreshGrant> refresh(String token) {
        return Optional.ofNullable(token == null ? null : refreshTokens.get(token));
    }

    /**
     * {@return whether a family was revoked}
     *
     * @param family the token family
     */
    public boolean revoked(String family) {
        return revokedFamilies.contains(family);
    }

    /**
     * Marks a refresh token as replaced, atomically: {@code true} for the one caller that rotated a current token,
     * {@code false} when it was rotated already (a replay) or is unknown.
     *
     * @param token the token
     * @return whether this call rotated it
     */
    public boolean rotateIfCurrent(String token) {
        boolean[] rotated = {false};
        refreshTokens.computeIfPresent(token, (t, g) -> {
            if (g.rotated()) {
                return g;
            }
            rotated[0] = true;
            return new RefreshGrant(
                    g.clientId(), g.login(), g.companyId(), g.scopes(), g.expiresAt(), g.family(), true);
        });
        return rotated[0];
    }

    /**
     * Revokes every token of a family: its access tokens stop working, its refresh tokens are refused.
     *
     * @param family the token family
     */
    public void revokeFamily(String family) {
        revokedFamilies.add(family);
    }

    /**
     * Revokes a token for {@code clientId} (RFC 7009): a refresh token revokes its family, an access token only itself.
     * Unknown tokens and tokens of other clients are ignored, as the RFC asks.
     *
     * @param token the token
     * @param clientId the app's client id
     */
    public void revoke(String token, String clientId) {
        RefreshGrant refresh = refreshTokens.get(token);
        if (refresh != null && refresh.clientId().equals(clientId)) {
            revokeFamily(refresh.family());
            return;
        }
        AccessGrant access = accessTokens.get(token);
        if (access != null && access.clientId().equals(clientId)) {
            accessTokens.remove(token);
        }
    }

    /**
     * Access and refresh tokens and revoked families, for {@link dev.corekit.sandbox.SandboxState}; codes are not.
     *
     * @return a JSON object for the state file
     */
    public synchronized com.fasterxml.jackson.databind.node.ObjectNode export() {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        var access = json.putObject("access");
        accessTokens.forEach((token, g) -> access.set(
                token,
                grantJson(g.clientId(), g.login(), g.companyId(), g.scopes(), g.expiresAt(), g.family())
                        .put("kind", "access")));
        var refresh = json.putObject("refresh");
        refreshTokens.forEach((token, g) -> refresh.set(
                token,
                grantJson(g.clientId(), g.login(), g.companyId(), g.scopes(), g.expiresAt(), g.family())
                        .put("rotated", g.rotated())));
        var revoked = json.putArray("revokedFamilies");
        revokedFamilies.forEach(revoked::add);
        return json;
    }

    /**
     * Puts back what {@link #export()} wrote.
     *
     * @param json what {@link #export()} returned
     */
    public synchronized void restore(com.fasterxml.jackson.databind.JsonNode json) {
        json.path("access").properties().forEach(e -> {
            var g = e.getValue();
            accessTokens.put(
                    e.getKey(),
                    new AccessGrant(
                            g.path("clientId").asText(),
                            g.path("login").asText(),
                            g.path("companyId").asText(),
                            scopes(g),
                            Instant.parse(g.path("expiresAt").asText()),
                            g.path("family").asText()));
        });
        json.path("refresh").properties().forEach(e -> {
            var g = e.getValue();
            refreshTokens.put(
                    e.getKey(),
                    new RefreshGrant(
                            g.path("clientId").asText(),
                            g.path("login").asText(),
                            g.path("companyId").asText(),
                            scopes(g),
                            Instant.parse(g.path("expiresAt").asText()),
                            g.path("family").asText(),
                            g.path("rotated").asBoolean()));
        });
        json.path("revokedFamilies").forEach(f -> revokedFamilies.add(f.asText()));
    }

    private static com.fasterxml.jackson.databind.node.ObjectNode grantJson(
            String clientId, String login, String companyId, Set<String> scopes, Instant expiresAt, String family) {
        var json = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        json.put("clientId", clientId).put("login", login).put("companyId", companyId);
        scopes.stream().sorted().forEach(json.putArray("scopes")::add);
        return json.put("expiresAt", expiresAt.toString()).put("family", family);
    }

    private static Set<String> scopes(com.fasterxml.jackson.databind.JsonNode grant) {
        Set<String> scopes = new java.util.LinkedHashSet<>();
        grant.path("scopes").forEach(s -> scopes.add(s.asText()));
        return Set.copyOf(scopes);
    }
}
