package dev.corekit.runtime.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.token.TokenEndpointClient;
import dev.corekit.runtime.token.TokenManager;
import dev.corekit.runtime.token.TokenSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CORE's authorization code flow for one connection: {@link #start} builds the authorize URI and remembers the
 * request; {@link #complete} checks the callback's {@code state}, exchanges the code and stores the tokens.
 *
 * <pre>{@code
 * AuthorizationFlow flow = new AuthorizationFlow(credentials,
 *         "https://app.example.com/core/callback", Set.of("readwrite:core", "offline_access"), true,
 *         Clock.systemUTC(), Duration.ofMinutes(10), tokenEndpointClient, tokenManager);
 * AuthorizationRequest request = flow.start(Map.of("returnTo", "/invoices"));
 * // redirect the browser to request.uri(); then, in the callback handler:
 * AuthorizationResult result = flow.complete(callbackParameters);
 * }</pre>
 *
 * <p>The {@code state} is the CSRF defence: a callback is accepted only with the state of a request this flow
 * started, compared in constant time, once, and within the pending lifetime. Anything else throws
 * {@link AuthorizationStateException} before the code goes anywhere. With PKCE ({@code S256}), the verifier never
 * leaves this object but to go to the token endpoint. The authorization endpoint and client id are those of the
 * {@link TokenEndpointClient}, so that the authorize and token requests cannot disagree.
 *
 * <p>Pending requests live in this object's memory: behind a load balancer, the callback must reach the instance
 * that started the request. Instances are thread-safe.
 */
public final class AuthorizationFlow {
    private static final Logger LOG = LoggerFactory.getLogger(AuthorizationFlow.class);
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    private final URI authorizationEndpoint;
    private final ClientCredentials credentials;
    private final TokenEndpointClient tokenEndpoint;
    private final TokenManager tokenManager;
    private final String defaultRedirectUri;
    private final Set<String> scopes;
    private final boolean pkce;
    private final Clock clock;
    private final Duration pendingLifetime;
    private final SecureRandom random;
    private final PendingAuthorizations pending;

    /**
     * A flow for one connection, with CORE's layout under {@code identityServer}.
     *
     * @param identityServer the identity server's base, e.g. {@code https://api-identity.bqecore.com/idp}; must be the
     *     token endpoint client's
     * @throws CoreConfigurationException as {@link #AuthorizationFlow(ClientCredentials, String, Set, boolean, Clock,
     *     Duration, TokenEndpointClient, TokenManager)} does, and when the token endpoint client's endpoints are not
     *     CORE's layout under {@code identityServer}
     */
    public AuthorizationFlow(
            URI identityServer,
            ClientCredentials credentials,
            String defaultRedirectUri,
            Set<String> scopes,
            boolean pkce,
            Clock clock,
            Duration pendingLifetime,
            TokenEndpointClient tokens,
            TokenManager manager) {
        this(credentials, defaultRedirectUri, scopes, pkce, clock, pendingLifetime, tokens, manager);
        OAuthEndpoints expected = OAuthEndpoints.core(required(identityServer, "identityServer"));
        if (!expected.equals(tokens.endpoints())) {
            throw new CoreConfigurationException(
                    "identityServer",
                    "the authorize requests would go to " + expected.authorization() + " but the code to "
                            + tokens.endpoints().token());
        }
    }

    /**
     * A flow for one connection; the authorize requests go to the token endpoint client's authorization endpoint.
     *
     * @param credentials the app's credentials, for its {@code client_id}; must be the token endpoint client's
     * @param defaultRedirectUri the redirect URI of {@link #start()}, registered for the app, or {@code null}
     * @param scopes the scopes to request, in order, e.g. {@code readwrite:core} and {@code offline_access}
     * @param pkce whether to send a PKCE challenge ({@code S256}); required for an app without a secret
     * @param clock the clock pending requests expire by
     * @param pendingLifetime how long a started authorization accepts its callback, e.g. 10 minutes
     * @param tokens exchanges the code
     * @param manager stores the tokens of a completed authorization
     * @throws CoreConfigurationException when a setting is missing or invalid, the client id differs from the token
     *     endpoint client's, or PKCE is off for an app without a secret
     */
    public AuthorizationFlow(
            ClientCredentials credentials,
            String defaultRedirectUri,
            Set<String> scopes,
            boolean pkce,
            Clock clock,
            Duration pendingLifetime,
            TokenEndpointClient tokens,
            TokenManager manager) {
        this.tokenEndpoint = required(tokens, "tokenEndpoint");
        this.tokenManager = required(manager, "tokenManager");
        this.authorizationEndpoint = tokens.endpoints().authorization();
        this.credentials = required(credentials, "credentials");
        if (!credentials.clientId().equals(tokens.credentials().clientId())) {
            throw new CoreConfigurationException(
                    "clientId", "the authorize requests and the token endpoint client use different client ids");
        }
        if (defaultRedirectUri != null) {
            checkRedirectUri(defaultRedirectUri);
        }
        this.defaultRedirectUri = defaultRedirectUri;
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(checkScopes(scopes)));
        if (!pkce && !credentials.confidential()) {
            throw new CoreConfigurationException(
                    "pkce", "an app without a client secret must use PKCE: its code is otherwise unprotected");
        }
        this.pkce = pkce;
        this.clock = required(clock, "clock");
        required(pendingLifetime, "pendingLifetime");
        if (pendingLifetime.isNegative() || pendingLifetime.isZero()) {
            throw new CoreConfigurationException("pendingLifetime", "must be positive, was " + pendingLifetime);
        }
        this.pendingLifetime = pendingLifetime;
        this.random = new SecureRandom();
        this.pending = new PendingAuthorizations(pendingLifetime);
    }

    private static <T> T required(T value, String setting) {
        if (value == null) {
            throw new CoreConfigurationException(setting, "is required");
        }
        return value;
    }

    private static Set<String> checkScopes(Set<String> scopes) {
        if (scopes == null || scopes.isEmpty()) {
            throw new CoreConfigurationException("scopes", "at least one scope is required, e.g. readwrite:core");
        }
        for (String scope : scopes) {
            // RFC 6749 §3.3: scope tokens are printable ASCII without space, '"' or '\'.
            if (scope == null || !SCOPE.matcher(scope).matches()) {
                throw new CoreConfigurationException("scopes", "'" + scope + "' is not a valid scope");
            }
        }
        return scopes;
    }

    /**
     * Starts an authorization to the default redirect URI, without application values.
     *
     * @throws CoreConfigurationException when the flow has no default redirect URI
     */
    public AuthorizationRequest start() {
        return start(Map.of());
    }

    /**
     * Starts an authorization to the default redirect URI; {@code applicationValues} come back with the result.
     *
     * @throws CoreConfigurationException when the flow has no default redirect URI, or the values are too large
     */
    public AuthorizationRequest start(Map<String, String> applicationValues) {
        if (defaultRedirectUri == null) {
            throw new CoreConfigurationException(
                    "redirectUri", "the flow has no default redirect URI; pass one to start(redirectUri, values)");
        }
        return start(defaultRedirectUri, applicationValues);
    }

    /**
     * Starts an authorization to {@code redirectUri}, which must be registered for the app (CORE compares scheme,
     * host, path and leading query parameters exactly). It is kept as given and repeated byte for byte to the token
     * endpoint.
     *
     * @throws CoreConfigurationException when the redirect URI is not an absolute URI without fragment, or carries a
     *     callback parameter ({@code code}, {@code state}, {@code error}, ...), or the values are too large
     */
    public AuthorizationRequest start(String redirectUri, Map<String, String> applicationValues) {
        checkRedirectUri(redirectUri);
        AuthorizationState state = AuthorizationState.create(applicationValues, random);
        String encoded = state.encode();
        Pkce pair = pkce ? Pkce.generate(random) : null;
        Instant now = clock.instant();
        Instant expiresAt = now.plus(pendingLifetime);
        URI uri = authorizationUri(redirectUri, encoded, pair);
        pending.register(encoded, new PendingAuthorizations.Pending(encoded, state, pair, redirectUri, expiresAt), now);
        LOG.debug(
                "started an authorization of connection {} with redirect URI {}",
                tokenManager.connection(),
                redirectUri);
        return new AuthorizationRequest(uri, encoded, redirectUri, scopes, pair != null, expiresAt);
    }

    private URI authorizationUri(String redirectUri, String state, Pkce pair) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("client_id", credentials.clientId());
        query.put("response_type", "code");
        query.put("scope", String.join(" ", scopes));
        query.put("redirect_uri", redirectUri);
        query.put("state", state);
        if (pair != null) {
            query.put("code_challenge", pair.challenge());
            query.put("code_challenge_method", pair.method());
        }
        StringBuilder uri = new StringBuilder(authorizationEndpoint.toString());
        // RFC 6749 §3.1: the endpoint may have a query of its own, which is kept.
        char separator = authorizationEndpoint.getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> parameter : query.entrySet()) {
            uri.append(separator).append(parameter.getKey()).append('=').append(encode(parameter.getValue()));
            separator = '&';
        }
        return URI.create(uri.toString());
    }

    /** Percent-encoding with a space as {@code %20}: {@code +} means a space only to form decoders. */
    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * Completes an authorization from the URI the browser was redirected to.
     *
     * @see #complete(Map)
     */
    public AuthorizationResult complete(URI callback) {
        return complete(CallbackParameters.decode(
                Objects.requireNonNull(callback, "callback").getRawQuery()));
    }

    /**
     * Completes an authorization from the callback's decoded query parameters: checks the state (which is spent
     * whatever happens next), then exchanges the code with the redirect URI and PKCE verifier of the request, and
     * stores the tokens through the token manager.
     *
     * @throws AuthorizationStateException when the state is missing, unknown (forged), already used or expired; the
     *     token endpoint is not called
     * @throws AuthorizationCallbackException when the callback holds neither a code nor an error
     * @throws OAuthException when the callback carries an error ({@code access_denied}, {@code invalid_scope}, status
     *     {@code 0}) or the token endpoint refuses the code
     */
    public AuthorizationResult complete(Map<String, String> callbackParameters) {
        Objects.requireNonNull(callbackParameters, "callbackParameters");
        PendingAuthorizations.Pending request = pending.take(callbackParameters.get("state"), clock.instant());
        CallbackResult result = CallbackResult.parse(callbackParameters);
        if (result instanceof CallbackResult.Denied denied) {
            LOG.info("the authorization of connection {} was refused: {}", tokenManager.connection(), denied.error());
            throw denied.toException();
        }
        CallbackResult.Granted granted = (CallbackResult.Granted) result;
        TokenSet tokens = tokenEndpoint.exchangeCode(
                granted.code(),
                request.redirectUri(),
                request.pkce() == null ? null : request.pkce().verifier());
        tokenManager.store(tokens);
        LOG.debug("completed the authorization of connection {}: {}", tokenManager.connection(), tokens);
        return new AuthorizationResult(tokens, request.decoded().applicationValues(), granted.companyId());
    }

    /**
     * The whole flow for a desktop or command line app: starts an authorization to the receiver's redirect URI, hands
     * the authorize URI to {@code openBrowser} (e.g. {@code uri -> Desktop.getDesktop().browse(uri)}), waits for the
     * callback and completes. The receiver is closed when this returns.
     *
     * @throws AuthorizationTimeoutException when no callback arrives within {@code timeout}
     * @see #complete(Map)
     */
    public AuthorizationResult authorizeWithLoopback(
            LoopbackReceiver receiver, Duration timeout, Consumer<URI> openBrowser) {
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(openBrowser, "openBrowser");
        AuthorizationRequest request = start(receiver.redirectUri().toString(), Map.of());
        Map<String, String> callback;
        try {
            openBrowser.accept(request.uri());
            callback = receiver.await(timeout);
        } catch (RuntimeException e) {
            // The callback will never be completed: do not keep the verifier around.
            cancel(request.state());
            throw e;
        } finally {
            receiver.close();
        }
        return complete(callback);
    }

    /** Forgets the pending request of {@code state}, e.g. when the user gave up; returns whether there was one. */
    public boolean cancel(String state) {
        return pending.discard(state);
    }

    /** The scopes requested, in order. */
    public Set<String> scopes() {
        return scopes;
    }

    /** Whether authorize requests carry a PKCE challenge. */
    public boolean pkce() {
        return pkce;
    }

    /** The default redirect URI, or {@code null}. */
    public String defaultRedirectUri() {
        return defaultRedirectUri;
    }

    private static void checkRedirectUri(String redirectUri) {
        if (redirectUri == null || redirectUri.isEmpty()) {
            throw new CoreConfigurationException("redirectUri", "is missing");
        }
        URI uri;
        try {
            uri = new URI(redirectUri);
        } catch (URISyntaxException e) {
            throw new CoreConfigurationException("redirectUri", "'" + redirectUri + "' is not a valid URI");
        }
        if (!uri.isAbsolute() || uri.getRawFragment() != null) {
            // RFC 6749 §3.1.2: absolute, without fragment.
            throw new CoreConfigurationException(
                    "redirectUri", "'" + redirectUri + "' must be an absolute URI without a fragment");
        }
        Set<String> own;
        try {
            own = CallbackParameters.decode(uri.getRawQuery()).keySet();
        } catch (AuthorizationCallbackException e) {
            own = CallbackParameters.OAUTH_PARAMETERS;
        }
        for (String name : CallbackParameters.OAUTH_PARAMETERS) {
            if (own.contains(name)) {
                // The callback would then carry two values of it, and be refused.
                throw new CoreConfigurationException(
                        "redirectUri",
                        "'" + redirectUri + "' carries the parameter " + name + ", which the callback adds");
            }
        }
    }

    @Override
    public String toString() {
        return "AuthorizationFlow{connection=" + tokenManager.connection() + ", authorizationEndpoint="
                + authorizationEndpoint + ", clientId=" + credentials.clientId()
                + ", redirectUri=" + defaultRedirectUri + ", scopes=" + scopes + ", pkce=" + pkce
                + ", pendingLifetime=" + pendingLifetime + ", " + pending + "}";
    }
}
