package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.SandboxClock;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.http.Responses;
import dev.corekit.sandbox.http.SandboxRequest;
import java.io.IOException;
import java.util.Map;
import java.util.function.Function;

/**
 * The identity server under {@code {base}/idp}: an OAuth 2.0 authorization server shaped like CORE's
 * ({@code https://api-identity.bqecore.com/idp}).
 *
 * <ul>
 *   <li>{@code GET /.well-known/openid-configuration} and its {@code /jwks}
 *   <li>{@code GET /connect/authorize}: authorization code flow with S256 PKCE; a log-in page
 *       ({@code POST /account/login}) and a consent page ({@code POST /account/consent}) unless the configuration
 *       auto-approves
 *   <li>{@code POST /connect/token}: {@code authorization_code} and {@code refresh_token} grants
 *   <li>{@code POST /connect/revocation} (RFC 7009)
 *   <li>{@code GET /connect/userinfo}
 * </ul>
 *
 * <p>ID tokens are RS256 JWTs signed with a key made per sandbox and published in the key set.
 */
public final class IdentityServer {
    private final Discovery discovery;
    private final AuthorizeEndpoint authorize;
    private final LoginEndpoint login;
    private final ConsentEndpoint consent;
    private final TokenEndpoint token;
    private final RevocationEndpoint revocation;
    private final UserInfoEndpoint userInfo;

    /**
     * Wires the endpoints.
     *
     * @param config the apps, users, lifetimes and switches
     * @param clock the clock codes, tokens and pending sign-ins expire by
     * @param tokens where codes and tokens live, shared with the API side
     * @param issuer the identity server's base URL, {@code {base}/idp}
     * @param endpointOfCompany a company's API base URL, the token response's {@code endpoint}
     */
    public IdentityServer(
            SandboxConfig config,
            SandboxClock clock,
            TokenRegistry tokens,
            String issuer,
            Function<String, String> endpointOfCompany) {
        SigningKey key = new SigningKey();
        PendingAuthorizations pending = new PendingAuthorizations();
        CodeIssuer codes = new CodeIssuer(config, clock, tokens);
        String loginAction = issuer + "/account/login";
        String consentAction = issuer + "/account/consent";
        ClientAuthenticator clients = new ClientAuthenticator(config);
        TokenIssuer issuing = new TokenIssuer(config, clock, tokens, new IdTokens(issuer, key), endpointOfCompany);
        this.discovery = new Discovery(issuer, key);
        this.authorize = new AuthorizeEndpoint(config, clock, pending, codes, loginAction);
        this.login = new LoginEndpoint(config, clock, pending, loginAction, consentAction);
        this.consent = new ConsentEndpoint(config, clock, pending, codes, loginAction);
        this.token = new TokenEndpoint(
                clients,
                new CodeExchange(config, clock, tokens, issuing),
                new RefreshExchange(config, clock, tokens, issuing));
        this.revocation = new RevocationEndpoint(clients, tokens);
        this.userInfo = new UserInfoEndpoint(config, clock, tokens);
    }

    /**
     * Answers a request.
     *
     * @param path the path under {@code {base}/idp}, without a leading slash, e.g. {@code connect/token}
     * @param request the request, as read
     * @param exchange the exchange to answer
     * @throws IOException when the answer cannot be written to the connection
     */
    // Public for the sandbox's own router; SandboxRequest is its plumbing, which the module does not export.
    @SuppressWarnings("exports")
    public void handle(String path, SandboxRequest request, HttpExchange exchange) throws IOException {
        switch (path) {
            case ".well-known/openid-configuration" -> discovery.configuration(request, exchange);
            case ".well-known/openid-configuration/jwks" -> discovery.jwks(request, exchange);
            case "connect/authorize" -> authorize.handle(request, exchange);
            case "account/login" -> login.handle(request, exchange);
            case "account/consent" -> consent.handle(request, exchange);
            case "connect/token" -> token.handle(request, exchange);
            case "connect/revocation" -> revocation.handle(request, exchange);
            case "connect/userinfo" -> userInfo.handle(request, exchange);
            default -> Responses.json(exchange, 404, Map.of("Message", "No such resource: /idp/" + path));
        }
    }
}
