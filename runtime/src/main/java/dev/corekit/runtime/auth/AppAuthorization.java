package dev.corekit.runtime.auth;

import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.internal.auth.AuthorizationAccess;
import dev.corekit.runtime.internal.auth.AuthorizationState;
import dev.corekit.runtime.internal.auth.CallbackParameters;
import dev.corekit.runtime.internal.auth.CallbackResult;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.Connections;
import dev.corekit.runtime.internal.auth.Pkce;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import dev.corekit.runtime.token.TokenSet;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * CORE's authorization code flow for every connection of an app: {@link #start(String, Map)} builds the authorize URI
 * for a connection and saves the request in the {@link AuthorizationStore}; {@link #complete(URI)} takes it back by
 * the callback's {@code state}, exchanges the code and stores the tokens under the connection the request was started
 * for. Instances that share a store complete each other's callbacks: the pending request carries everything the
 * exchange needs (connection, redirect URI, PKCE verifier, application values).
 *
 * <pre>{@code
 * AuthorizationRequest request = app.authorization().start("acme", Map.of("returnTo", "/invoices"));
 * // redirect the browser to request.uri(); then, in the callback handler, on any instance:
 * AuthorizationResult result = app.authorization().complete(callbackUri);
 * CoreClient acme = app.connection(result.connection());
 * }</pre>
 *
 * <p>The {@code state} is the CSRF defence: a callback is accepted only with the state of a request started through
 * the store, once, and within the pending lifetime; anything else throws {@link AuthorizationStateException} before
 * the code goes anywhere. The store finds the request by the SHA-256 of the state, never by the state. Thread-safe.
 */
public final class AppAuthorization {
    private static final Pattern SCOPE = Pattern.compile("[\\x21\\x23-\\x5B\\x5D-\\x7E]+");

    static {
        AuthorizationAccess.install(new AuthorizationAccess() {
            @Override
            public AppAuthorization app(
                    ClientCredentials credentials,
                    @Nullable String defaultRedirectUri,
                    Set<String> scopes,
                    boolean pkce,
                    Clock clock,
                    Duration pendingLifetime,
                    TokenEndpointClient tokens,
                    AuthorizationStore store,
                    Connections connections) {
                return new AppAuthorization(
                        credentials,
                        defaultRedirectUri,
                        scopes,
                        pkce,
                        clock,
                        pendingLifetime,
                        tokens,
                        store,
                        connections);
            }

            @Override
            public AuthorizationFlow flow(AppAuthorization app, TokenManager manager) {
                return new AuthorizationFlow(app, manager);
            }
        });
    }

    private final URI authorizationEndpoint;
    private final ClientCredentials credentials;
    private final TokenEndpointClient tokenEndpoint;
    private final @Nullable String defaultRedirectUri;
    private final Set<String> scopes;
    private final boolean pkce;
    private final Clock clock;
    private final Duration pendingLifetime;
    private final AuthorizationStore store;
    private final Connections connections;
    private final SecureRandom random = new SecureRandom();

    /**
     * The flow of an app; the authorize requests go to the token endpoint client's authorization endpoint.
     *
     * @param credentials the app's credentials, for its {@code client_id}; must be the token endpoint client's
     * @param defaultRedirectUri the redirect URI of {@link #start(String, Map)}, registered for the app, or {@code
     *     null}
     * @param scopes the scopes to request, in order, e.g. {@code readwrite:core} and {@code offline_access}
     * @param pkce whether to send a PKCE challenge ({@code S256}); required for an app without a secret
     * @param clock the clock pending requests expire by
     * @param pendingLifetime how long a started authorization accepts its callback, e.g. 10 minutes
     * @param tokens exchanges the code
     * @param store keeps the started authorizations until their callback
     * @param connections the app's connections: checks names and whether the app is open, and gives token managers
     * @throws CoreConfigurationException when a setting is missing or invalid, the client id differs from the token
     *     endpoint client's, or PKCE is off for an app without a secret
     */
    AppAuthorization(
            ClientCredentials credentials,
            @Nullable String defaultRedirectUri,
            Set<String> scopes,
            boolean pkce,
            Clock clock,
            Duration pendingLifetime,
            TokenEndpointClient tokens,
            AuthorizationStore store,
            Connections connections) {
        this.tokenEndpoint = required(tokens, "tokenEndpoint");
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
        this.store = required(store, "authorizationStore");
        this.connections = required(connections, "connections");
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
     * Starts an authorization of {@code connection} to the default redirect URI; {@code applicationValues} come back
     * with the result.
     *
     * @throws CoreConfigurationException when the connection name is not valid, there is no default redirect URI, or
     *     the values are too large
     * @param connection the name the connection's tokens are stored under
     * @param applicationValues values of the app's own, returned with the result; not secret
     * @return the authorization request
     */
    public AuthorizationRequest start(String connection, Map<String, String> applicationValues) {
        return start(connection, defaultRedirectUri(), applicationValues);
    }

    /**
     * Starts an authorization of {@code connection} to {@code redirectUri}, which must be registered for the app (CORE
     * compares scheme, host, path and leading query parameters exactly). It is kept as given and repeated byte for
     * byte to the token endpoint.
     *
     * @throws CoreConfigurationException when the connection name is not valid, the redirect URI is not an absolute
     *     URI without fragment or carries a callback parameter ({@code code}, {@code state}, ...), or the values are
     *     too large
     * @param connection the name the connection's tokens are stored under
     * @param redirectUri the redirect URI, repeated exactly in the code exchange
     * @param applicationValues values of the app's own, returned with the result; not secret
     * @return the authorization request
     */
    public AuthorizationRequest start(String connection, String redirectUri, Map<String, String> applicationValues) {
        // Only the name is checked: a login that is never completed leaves no client behind.
        return startChecked(connections.check(connection), redirectUri, applicationValues);
    }

    /** Starts an authorization of a connection whose name is already checked. */
    AuthorizationRequest startChecked(String connection, String redirectUri, Map<String, String> applicationValues) {
        checkRedirectUri(redirectUri);
        AuthorizationState state = AuthorizationState.create(applicationValues, random);
        String encoded = state.encode();
        Pkce pair = pkce ? Pkce.generate(random) : null;
        Instant expiresAt = clock.instant().plus(pendingLifetime);
        URI uri = authorizationUri(redirectUri, encoded, pair);
        store.save(new PendingAuthorization(
                stateHash(encoded),
                connection,
                redirectUri,
                pair == null ? null : pair.verifier(),
                state.applicationValues(),
                expiresAt));
        Log.LOG.debug("started an authorization of connection {} with redirect URI {}", connection, redirectUri);
        return new AuthorizationRequest(uri, encoded, redirectUri, scopes, pair != null, expiresAt);
    }

    /** The default redirect URI, or a configuration error naming it. */
    String defaultRedirectUri() {
        if (defaultRedirectUri == null) {
            throw new CoreConfigurationException(
                    "redirectUri", "the flow has no default redirect URI; pass one to start(redirectUri, values)");
        }
        return defaultRedirectUri;
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
     * @param callback the URI the browser was redirected to
     * @return the authorization result
     */
    public AuthorizationResult complete(URI callback) {
        return complete(CallbackParameters.decode(
                Objects.requireNonNull(callback, "callback").getRawQuery()));
    }

    /**
     * Completes an authorization from the callback's decoded query parameters, whichever instance sharing the store
     * started it: takes the pending request by its state (which is spent whatever happens next), exchanges the code
     * with the request's redirect URI and PKCE verifier, and stores the tokens under the request's connection.
     *
     * @throws AuthorizationStateException when the state is missing, unknown (forged), already used or expired; the
     *     token endpoint is not called
     * @throws AuthorizationCallbackException when the callback holds neither a code nor an error
     * @throws OAuthException when the callback carries an error ({@code access_denied}, {@code invalid_scope}) or the
     *     token endpoint refuses the code
     * @param callbackParameters the query parameters of the callback
     * @return the authorization result
     */
    public AuthorizationResult complete(Map<String, String> callbackParameters) {
        return complete(callbackParameters, null, null);
    }

    /**
     * Completes an authorization as {@link #complete(Map)} does, only when it was started for {@code
     * expectedConnection}: the connection the application has established for the request carrying the callback
     * (e.g. the signed-in user's tenant). This ties the callback to the user who started the login: a state started
     * for another connection (an attacker's login, completed by a victim's browser with the victim's code) is refused
     * before the code goes anywhere.
     *
     * <p>The state is taken from the store before the connections are compared, so a refused state is spent, as any
     * state handed to {@code complete} is: the user whose login it was starts it again. A state that an attacker
     * handed to a victim is the attacker's own, so spending it harms no one, and nothing can then replay it.
     *
     * @throws AuthorizationStateException with {@link Reason#OTHER_CONNECTION} when the state was started for another
     *     connection (its message names neither connection); as {@link #complete(Map)} when the state is missing,
     *     unknown, already used or expired; the token endpoint is not called
     * @throws AuthorizationCallbackException when the callback holds neither a code nor an error
     * @throws OAuthException when the callback carries an error or the token endpoint refuses the code
     * @param callbackParameters the query parameters of the callback
     * @param expectedConnection the connection the callback's request may complete a login for
     * @return the authorization result
     */
    public AuthorizationResult complete(Map<String, String> callbackParameters, String expectedConnection) {
        return complete(callbackParameters, Objects.requireNonNull(expectedConnection, "expectedConnection"), null);
    }

    /**
     * Completes a callback of a connection's own flow: a state started for another connection is refused (and spent)
     * with {@link Reason#OTHER_CONNECTION}.
     */
    AuthorizationResult complete(Map<String, String> callbackParameters, TokenManager only) {
        return complete(callbackParameters, only.connection(), only);
    }

    /**
     * Completes a callback; with {@code expected}, a state started for another connection is refused (and spent) with
     * {@link Reason#OTHER_CONNECTION}. A closed app refuses before the state is taken, so that it stays usable.
     */
    private AuthorizationResult complete(
            Map<String, String> callbackParameters, @Nullable String expected, @Nullable TokenManager only) {
        Objects.requireNonNull(callbackParameters, "callbackParameters");
        connections.checkOpen();
        PendingAuthorization request = take(callbackParameters.get("state"));
        if (expected != null && !expected.equals(request.connection())) {
            // A web app may show this message: it names no connection, which may be another tenant's.
            throw new AuthorizationStateException(
                    Reason.OTHER_CONNECTION, "the state was started for another connection than the expected one");
        }
        CallbackResult result = CallbackResult.parse(callbackParameters);
        if (result instanceof CallbackResult.Denied denied) {
            Log.LOG.info("the authorization of connection {} was refused: {}", request.connection(), denied.error());
            throw denied.toException();
        }
        CallbackResult.Granted granted = (CallbackResult.Granted) result;
        TokenManager manager = only != null ? only : connections.tokens(request.connection());
        TokenSet tokens = tokenEndpoint.exchangeCode(granted.code(), request.redirectUri(), request.codeVerifier());
        manager.store(tokens);
        Log.LOG.debug("completed the authorization of connection {}: {}", request.connection(), tokens);
        return new AuthorizationResult(tokens, request.applicationValues(), granted.companyId(), request.connection());
    }

    private PendingAuthorization take(String state) {
        if (state == null || state.isEmpty()) {
            throw new AuthorizationStateException(Reason.MISSING, "the callback carried no state");
        }
        if (state.length() > AuthorizationState.MAX_ENCODED_LENGTH) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the callback's state is too long");
        }
        return store.take(stateHash(state), clock.instant());
    }

    /**
     * Forgets the pending request of {@code state}, e.g. when the user gave up; returns whether there was one.
     *
     * @param state the {@code state} parameter of the authorize request
     * @return whether a request of {@code state} was pending
     */
    public boolean cancel(String state) {
        return state != null && store.discard(stateHash(state));
    }

    /**
     * {@return the application values {@code state} carries: those given to {@code start} for it} A state is not
     * signed: read them only once the store has recognised the state (e.g. after {@link #complete} took it and then
     * failed), to take the user back to where the login began.
     *
     * @param state the {@code state} parameter of the callback
     * @throws AuthorizationStateException ({@code MISSING} or {@code MALFORMED}) when it is no state of corekit's
     */
    public static Map<String, String> applicationValues(String state) {
        return AuthorizationState.decode(state).applicationValues();
    }

    /**
     * {@return the key an {@link AuthorizationStore} finds a state by: its SHA-256, base64url without padding}
     *
     * @param state the {@code state} parameter as sent and received
     */
    public static String stateHash(String state) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(state.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** {@return the scopes requested, in order} */
    public Set<String> scopes() {
        return scopes;
    }

    /** {@return whether authorize requests carry a PKCE challenge} */
    public boolean pkce() {
        return pkce;
    }

    /** {@return how long a started authorization accepts its callback} */
    public Duration pendingLifetime() {
        return pendingLifetime;
    }

    /** {@return where started authorizations wait for their callback} */
    public AuthorizationStore store() {
        return store;
    }

    /** The default redirect URI, or {@code null}. */
    @Nullable
    String defaultRedirectUriOrNull() {
        return defaultRedirectUri;
    }

    static void checkRedirectUri(String redirectUri) {
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
        return "AppAuthorization{authorizationEndpoint=" + authorizationEndpoint + ", clientId="
                + credentials.clientId() + ", redirectUri=" + defaultRedirectUri + ", scopes=" + scopes + ", pkce="
                + pkce + ", pendingLifetime=" + pendingLifetime + ", " + store + "}";
    }

    /** SLF4J starts (and scans the class path for a provider) only when corekit first logs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(AppAuthorization.class);
    }
}
