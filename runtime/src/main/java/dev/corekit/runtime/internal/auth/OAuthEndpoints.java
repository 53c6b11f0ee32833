package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the OAuth requests of a connection go: the authorization endpoint (the browser's), the token endpoint, and,
 * when the server has them, the revocation (RFC 7009) and userinfo (OpenID Connect) endpoints. {@link #core(URI)} is
 * CORE's layout, an identity server's base followed by {@code /connect/...}; {@link #of} takes any RFC 6749 server's,
 * and {@link OpenIdDiscovery} reads them from an issuer's discovery document.
 */
public final class OAuthEndpoints {
    private final URI authorization;
    private final URI token;
    private final URI revocation;
    private final URI userInfo;

    private OAuthEndpoints(URI authorization, URI token, URI revocation, URI userInfo) {
        this.authorization = Objects.requireNonNull(authorization, "authorization");
        this.token = Objects.requireNonNull(token, "token");
        this.revocation = revocation;
        this.userInfo = userInfo;
    }

    /** CORE's layout under {@code identityServer}: {@code /connect/authorize}, {@code /connect/token}, ... */
    public static OAuthEndpoints core(URI identityServer) {
        String base = Objects.requireNonNull(identityServer, "identityServer").toString();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return new OAuthEndpoints(
                URI.create(base + "/connect/authorize"),
                URI.create(base + "/connect/token"),
                URI.create(base + "/connect/revocation"),
                URI.create(base + "/connect/userinfo"));
    }

    /**
     * Endpoints given one by one; {@code revocation} and {@code userInfo} may be {@code null} when the server has none
     * ({@code revoke()} and {@code userInfo()} then fail with a {@link CoreConfigurationException}).
     */
    public static OAuthEndpoints of(URI authorization, URI token, URI revocation, URI userInfo) {
        return new OAuthEndpoints(authorization, token, revocation, userInfo);
    }

    /** These endpoints with some replaced: each non-null argument replaces the endpoint of its kind. */
    public OAuthEndpoints with(URI authorization, URI token, URI revocation, URI userInfo) {
        return new OAuthEndpoints(
                authorization != null ? authorization : this.authorization,
                token != null ? token : this.token,
                revocation != null ? revocation : this.revocation,
                userInfo != null ? userInfo : this.userInfo);
    }

    /** Where the browser is sent to log in and consent. */
    public URI authorization() {
        return authorization;
    }

    /** Where codes and refresh tokens are exchanged. */
    public URI token() {
        return token;
    }

    /** Where tokens are revoked, if the server has such an endpoint. */
    public Optional<URI> revocation() {
        return Optional.ofNullable(revocation);
    }

    /** Where the user's claims are read, if the server has such an endpoint. */
    public Optional<URI> userInfo() {
        return Optional.ofNullable(userInfo);
    }

    /** The revocation endpoint, or a configuration error naming the missing setting. */
    public URI requireRevocation() {
        return revocation()
                .orElseThrow(() -> new CoreConfigurationException(
                        "revocationEndpoint", "the identity server has no revocation endpoint; configure one"));
    }

    /** The userinfo endpoint, or a configuration error naming the missing setting. */
    public URI requireUserInfo() {
        return userInfo()
                .orElseThrow(() -> new CoreConfigurationException(
                        "userInfoEndpoint", "the identity server has no userinfo endpoint; configure one"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OAuthEndpoints that
                && authorization.equals(that.authorization)
                && token.equals(that.token)
                && Objects.equals(revocation, that.revocation)
                && Objects.equals(userInfo, that.userInfo);
    }

    @Override
    public int hashCode() {
        return Objects.hash(authorization, token, revocation, userInfo);
    }

    @Override
    public String toString() {
        return "OAuthEndpoints{authorization=" + authorization + ", token=" + token + ", revocation=" + revocation
                + ", userInfo=" + userInfo + "}";
    }
}
