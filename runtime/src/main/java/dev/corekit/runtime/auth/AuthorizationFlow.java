package dev.corekit.runtime.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.internal.auth.CallbackParameters;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.Connections;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * CORE's authorization code flow for one connection: {@link #start} builds the authorize URI and saves the request in
 * the {@link AuthorizationStore}; {@link #complete} takes it back by the callback's {@code state}, exchanges the code
 * and stores the tokens.
 *
 * <pre>{@code
 * AuthorizationFlow flow = coreClient.authorization();
 * AuthorizationRequest request = flow.start(Map.of("returnTo", "/invoices"));
 * // redirect the browser to request.uri(); then, in the callback handler:
 * AuthorizationResult result = flow.complete(callbackParameters);
 * }</pre>
 *
 * <p>The {@code state} is the CSRF defence: a callback is accepted only with the state of a request this connection
 * started, once, and within the pending lifetime. Anything else throws {@link AuthorizationStateException} before the
 * code goes anywhere; a state started for another connection of the same app is refused too (as
 * {@link AuthorizationStateException.Reason#OTHER_CONNECTION}), and spent: complete such callbacks with
 * {@link AppAuthorization#complete(URI)}, which finds the connection from the state. With PKCE ({@code S256}), the
 * verifier is kept in the store and sent only to the token endpoint. The authorization endpoint and client id are
 * those the client's code exchange uses, so that the authorize and token requests cannot disagree.
 *
 * <p>A client's flow comes from {@code CoreClient.authorization()} (or a {@code CoreApp} connection's). Its pending
 * requests wait in the settings' {@code authorizationStore}, in memory by default: behind a load balancer, the
 * callback must then reach the instance that started the request, unless the store is shared. Instances are
 * thread-safe.
 */
public final class AuthorizationFlow {
    private final AppAuthorization app;
    private final TokenManager tokenManager;

    /**
     * A flow for one connection, with CORE's layout under {@code identityServer}.
     *
     * @param identityServer the identity server's base, e.g. {@code https://api-identity.bqecore.com/idp}; must be the
     *     token endpoint client's
     * @throws CoreConfigurationException as {@link #AuthorizationFlow(ClientCredentials, String, Set, boolean, Clock,
     *     Duration, TokenEndpointClient, TokenManager)} does, and when the token endpoint client's endpoints are not
     *     CORE's layout under {@code identityServer}
     */
    AuthorizationFlow(
            URI identityServer,
            ClientCredentials credentials,
            @Nullable String defaultRedirectUri,
            Set<String> scopes,
            boolean pkce,
            Clock clock,
            Duration pendingLifetime,
            TokenEndpointClient tokens,
            TokenManager manager) {
        this(credentials, defaultRedirectUri, scopes, pkce, clock, pendingLifetime, tokens, manager);
        if (identityServer == null) {
            throw new CoreConfigurationException("identityServer", "is required");
        }
        OAuthEndpoints expected = OAuthEndpoints.core(identityServer);
        if (!expected.equals(tokens.endpoints())) {
            throw new CoreConfigurationException(
                    "identityServer",
                    "the authorize requests would go to " + expected.authorization() + " but the code to "
                            + tokens.endpoints().token());
        }
    }

    /**
     * A flow for one connection, whose pending requests live in this flow's memory; the authorize requests go to the
     * token endpoint client's authorization endpoint.
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
    AuthorizationFlow(
            ClientCredentials credentials,
            @Nullable String defaultRedirectUri,
            Set<String> scopes,
            boolean pkce,
            Clock clock,
            Duration pendingLifetime,
            TokenEndpointClient tokens,
            TokenManager manager) {
        this(
                new AppAuthorization(
                        credentials,
                        defaultRedirectUri,
                        scopes,
                        pkce,
                        clock,
                        pendingLifetime,
                        tokens,
                        ownStore(pendingLifetime),
                        new OwnConnection(manager)),
                manager);
    }

    /**
     * The flow of {@code manager}'s connection within {@code app}: it shares the app's settings and store.
     *
     * @throws CoreConfigurationException when a setting is missing
     */
    AuthorizationFlow(AppAuthorization app, TokenManager manager) {
        this.app = required(app, "app");
        this.tokenManager = required(manager, "tokenManager");
    }

    private static AuthorizationStore ownStore(Duration pendingLifetime) {
        return pendingLifetime == null || pendingLifetime.isNegative() || pendingLifetime.isZero()
                ? null // refused, naming the setting, by AppAuthorization
                : new InMemoryAuthorizationStore(pendingLifetime);
    }

    /** The one connection of a flow built on its own: other names are refused. */
    private record OwnConnection(TokenManager manager) implements Connections {
        @Override
        public String check(String connection) {
            if (manager == null || !manager.connection().equals(connection)) {
                throw new CoreConfigurationException(
                        "connection",
                        "this flow authorizes connection " + (manager == null ? null : manager.connection()) + " only");
            }
            return connection;
        }

        @Override
        public void checkOpen() {}

        @Override
        public TokenManager tokens(String connection) {
            return manager;
        }
    }

    private static <T> T required(T value, String setting) {
        if (value == null) {
            throw new CoreConfigurationException(setting, "is required");
        }
        return value;
    }

    /**
     * Starts an authorization to the default redirect URI, without application values.
     *
     * @throws CoreConfigurationException when the flow has no default redirect URI
     * @return the authorization request
     */
    public AuthorizationRequest start() {
        return start(Map.of());
    }

    /**
     * Starts an authorization to the default redirect URI; {@code applicationValues} come back with the result.
     *
     * @throws CoreConfigurationException when the flow has no default redirect URI, or the values are too large
     * @param applicationValues values of the app's own, returned with the result; not secret
     * @return the authorization request
     */
    public AuthorizationRequest start(Map<String, String> applicationValues) {
        return start(app.defaultRedirectUri(), applicationValues);
    }

    /**
     * Starts an authorization to {@code redirectUri}, which must be registered for the app (CORE compares scheme,
     * host, path and leading query parameters exactly). It is kept as given and repeated byte for byte to the token
     * endpoint.
     *
     * @throws CoreConfigurationException when the redirect URI is not an absolute URI without fragment, or carries a
     *     callback parameter ({@code code}, {@code state}, {@code error}, ...), or the values are too large
     * @param redirectUri the redirect URI, repeated exactly in the code exchange
     * @param applicationValues values of the app's own, returned with the result; not secret
     * @return the authorization request
     */
    public AuthorizationRequest start(String redirectUri, Map<String, String> applicationValues) {
        return app.startChecked(tokenManager.connection(), redirectUri, applicationValues);
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
     * Completes an authorization from the callback's decoded query parameters: takes the pending request by its state
     * (which is spent whatever happens next), then exchanges the code with the redirect URI and PKCE verifier of the
     * request, and stores the tokens through the token manager.
     *
     * @throws AuthorizationStateException when the state is missing, unknown (forged, or started for another
     *     connection), already used or expired; the token endpoint is not called
     * @throws AuthorizationCallbackException when the callback holds neither a code nor an error
     * @throws OAuthException when the callback carries an error ({@code access_denied}, {@code invalid_scope}, status
     *     {@code 0}) or the token endpoint refuses the code
     * @param callbackParameters the query parameters of the callback
     * @return the authorization result
     */
    public AuthorizationResult complete(Map<String, String> callbackParameters) {
        return app.complete(callbackParameters, tokenManager);
    }

    /**
     * {@return the whole flow for a desktop or command line app: starts an authorization to the receiver's redirect
     * URI, hands the authorize URI to {@code openBrowser} (e.g. {@code uri -> Desktop.getDesktop().browse(uri)}), waits
     * for the callback and completes} The receiver is closed when this returns.
     *
     * @param timeout how long to wait
     * @param receiver the receiver
     * @param openBrowser opens the authorize URL in the user's browser
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

    /**
     * Forgets the pending request of {@code state}, e.g. when the user gave up; returns whether there was one.
     *
     * @param state the {@code state} parameter of the authorize request
     * @return whether a request of {@code state} was pending
     */
    public boolean cancel(String state) {
        return app.cancel(state);
    }

    /** {@return the scopes requested, in order} */
    public Set<String> scopes() {
        return app.scopes();
    }

    /** {@return whether authorize requests carry a PKCE challenge} */
    public boolean pkce() {
        return app.pkce();
    }

    /** {@return the default redirect URI, or {@code null}} */
    public @Nullable String defaultRedirectUri() {
        return app.defaultRedirectUriOrNull();
    }

    @Override
    public String toString() {
        return "AuthorizationFlow{connection=" + tokenManager.connection() + ", " + app + "}";
    }
}
