package dev.corekit.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.internal.auth.AuthorizationAccess;
import dev.corekit.runtime.internal.auth.Connections;
import dev.corekit.runtime.internal.token.TokenManager;
import dev.corekit.runtime.token.TokenSet;
import java.net.URI;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One connected CORE company: its OAuth app settings, its tokens, and the clients of the generated {@code FooApi}
 * interfaces, which it builds once and caches ({@link #api(Class)}, thread-safe).
 *
 * <pre>{@code
 * CoreClient core = CoreClient.builder()
 *         .clientId("...")
 *         .clientSecret("...")                       // web apps only
 *         .redirectUri("https://app.example.com/callback")
 *         .scopes("readwrite:core", "offline_access")
 *         .tokenStore(new FileTokenStore(Path.of(".corekit")))
 *         .build();
 * AuthorizationRequest request = core.authorization().start();   // send the user to request.uri()
 * ...
 * core.authorization().complete(callbackUri);                     // on the redirect back
 * List<Activity> activities = core.api(ActivityApi.class).list(CoreQuery.all());
 * }</pre>
 *
 * Every call carries {@code Authorization: Bearer ...} and {@code X-UTC-OFFSET}, goes to the company's API base from
 * the token response (checked against the allowed hosts; a response without one is refused unless
 * {@link Builder#apiBase} is set), refreshes the token ahead of expiry and once on
 * {@code 401} or CORE's {@code 200 "Not authenticated"}, and retries as the {@link RetryPolicy} says.
 *
 * <p>An app that connects many companies configures a {@link CoreApp} once and gets each company's client from
 * {@link CoreApp#connection(String)}: all of them share one HTTP stack. A client built by {@link #builder()} has a
 * stack of its own.
 */
public final class CoreClient implements ApiProvider {
    /** CORE's identity server. */
    public static final URI DEFAULT_IDENTITY_SERVER = URI.create("https://api-identity.bqecore.com/idp");

    private final HttpStack stack;
    private final String connection;
    private final TokenManager tokens;
    private final AuthorizationFlow authorization;
    private final Map<Class<?>, Object> apis = new ConcurrentHashMap<>(4);
    /** When {@link CoreApp#connection(String)} last returned this client, in epoch millis of the app's clock. */
    volatile long lastUse;

    /** The client of {@code connection}, whose name is checked, on {@code stack}, with its token manager. */
    CoreClient(HttpStack stack, String connection, TokenManager tokens) {
        this.stack = stack;
        this.connection = connection;
        this.tokens = tokens;
        this.authorization = AuthorizationAccess.get().flow(stack.authorization, tokens);
    }

    /**
     * A new builder.
     *
     * @return this builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The client of a generated {@code FooApi} interface, built on first use and cached; thread-safe.
     *
     * @throws CoreConfigurationException when {@code apiType} is not an interface
     */
    @Override
    @SuppressWarnings("unchecked")
    public <T> T api(Class<T> apiType) {
        Objects.requireNonNull(apiType, "apiType");
        if (!apiType.isInterface()) {
            throw new CoreConfigurationException("apiType", apiType.getName() + " is not a generated FooApi interface");
        }
        Object api = apis.get(apiType);
        return (T) (api != null ? api : apis.computeIfAbsent(apiType, type -> stack.newApi(type, tokens)));
    }

    /** {@return the OAuth authorization-code flow of this connection: authorize URL, callback, code exchange} */
    public AuthorizationFlow authorization() {
        return authorization;
    }

    /** This connection's token manager, for the app's authorization flow and the clients of this package. */
    TokenManager tokenManager() {
        return tokens;
    }

    /** {@return the name this connection's tokens are stored under} */
    public String connection() {
        return connection;
    }

    /** {@return whether tokens are stored for this connection (a run may skip the login then)} */
    public boolean isAuthorized() {
        return tokens.stored().isPresent();
    }

    /**
     * {@return the tokens stored for this connection, as they are now: possibly expired (the next call refreshes them),
     * empty before the first authorization and after {@link #revoke()} or {@link #forgetTokens()}} Reads the token
     * store.
     */
    public Optional<TokenSet> storedTokens() {
        return tokens.stored();
    }

    /**
     * Stores tokens this connection got elsewhere, e.g. from an integration that ran before corekit; the next call
     * uses them (and refreshes them first when they are due). Tokens of a completed authorization are stored without
     * this.
     *
     * @param tokens the tokens
     * @throws NullPointerException when {@code tokens} is null
     * @throws RuntimeException what the token store throws
     */
    public void storeTokens(TokenSet tokens) {
        this.tokens.store(Objects.requireNonNull(tokens, "tokens"));
    }

    /**
     * Drops the stored tokens of this connection without telling the identity server: they stay valid there until
     * they expire. The next call needs a new authorization. To end the grant at the identity server too, call
     * {@link #revoke()}.
     */
    public void forgetTokens() {
        tokens.clear();
    }

    /**
     * {@return the user's claims from the identity server's userinfo endpoint (needs the {@code openid} scope)}
     *
     * @throws CoreConfigurationException when the identity server has no userinfo endpoint
     */
    public JsonNode userInfo() {
        return stack.tokenEndpoint.userInfo(tokens.current().accessToken());
    }

    /**
     * Revokes the refresh token (or, without one, the access token) at the identity server and forgets the stored
     * tokens: the next call needs a new authorization.
     *
     * @throws CoreConfigurationException when the identity server has no revocation endpoint (nothing is forgotten)
     */
    public void revoke() {
        TokenSet current = tokens.stored().orElse(null);
        if (current != null) {
            if (current.refreshToken() != null) {
                stack.tokenEndpoint.revoke(current.refreshToken(), "refresh_token");
            } else {
                stack.tokenEndpoint.revoke(current.accessToken(), "access_token");
            }
        }
        tokens.clear();
    }

    @Override
    public String toString() {
        return "CoreClient{connection=" + connection + ", clientId=" + stack.settings.credentials.clientId() + ", "
                + stack.tokenEndpoint.endpoints() + ", " + stack.settings.endpointPolicy + "}";
    }

    /**
     * Configures a {@link CoreClient} of one connection, with an HTTP stack of its own. Required: {@link #clientId},
     * {@link #redirectUri} and {@link #scopes}; every other setting has a default. {@link #build()} checks everything
     * and names the setting that is wrong.
     */
    public static final class Builder extends CoreSettings<Builder> {
        private String connection = "default";

        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * The name this connection's tokens are stored under; default {@code default}.
         *
         * @param connection the name the connection's tokens are stored under
         * @return this builder
         */
        public Builder connection(String connection) {
            this.connection = connection;
            return this;
        }

        /**
         * Checks the settings and builds the client. Sends no request, unless {@link #discover} was set: then it reads
         * the discovery document.
         *
         * @throws CoreConfigurationException naming the first setting that is missing or invalid (for a discovery
         *     document that is wrong: {@code discover}, and the document's field)
         * @throws dev.corekit.runtime.error.CoreTransportException when the discovery document could not be fetched
         * @return the core client
         */
        public CoreClient build() {
            String name = AppSettings.connection(connection);
            HttpStack stack = new HttpStack(check(), new OneConnection(name));
            return new CoreClient(stack, name, stack.newTokenManager(name));
        }
    }

    /** The connections of a client built on its own: its one name. */
    private record OneConnection(String name) implements Connections {
        @Override
        public String check(String connection) {
            if (!name.equals(connection)) {
                throw new CoreConfigurationException("connection", "this client authorizes connection " + name);
            }
            return connection;
        }

        @Override
        public void checkOpen() {}

        @Override
        public TokenManager tokens(String connection) {
            // The client's own flow completes with its token manager; nothing else completes on this stack.
            throw new CoreConfigurationException("connection", "this client authorizes connection " + name);
        }
    }
}
