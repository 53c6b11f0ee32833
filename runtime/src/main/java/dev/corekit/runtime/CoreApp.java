package dev.corekit.runtime;

import dev.corekit.runtime.auth.AppAuthorization;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.internal.auth.Connections;
import dev.corekit.runtime.internal.token.TokenManager;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An app that connects many CORE companies: its settings are given once, and {@link #connection(String)} returns the
 * {@link CoreClient} of any connection (one company) by name, cheaply and thread-safely.
 *
 * <pre>{@code
 * CoreApp app = CoreApp.builder()
 *         .clientId("...")
 *         .clientSecret("...")
 *         .redirectUri("https://app.example.com/callback")
 *         .scopes("readwrite:core", "offline_access")
 *         .tokenStore(tokenStore)                 // shared by every instance of the service
 *         .authorizationStore(authorizationStore) // idem, for callbacks that reach another instance
 *         .build();
 * AuthorizationRequest login = app.authorization().start("acme", Map.of());  // send the user to login.uri()
 * AuthorizationResult done = app.authorization().complete(callbackUri);      // on any instance
 * List<Activity> activities = app.connection("acme").api(ActivityApi.class).list(CoreQuery.all());
 * }</pre>
 *
 * <p>Every connection shares one HTTP stack: one connection pool (OkHttp by default), one identity-server client
 * (built on the first token request), one Feign with its encoder and decoders, one retry engine. A connection adds only
 * its token manager and its API clients: an idle connection costs no thread and about 5 KB of heap with one
 * {@code FooApi} type, plus about 1.3 KB per further type it was asked for (its proxy and method handlers): about 10 KB
 * with five types, as {@code IdleConnectionFootprintTest} measures. Clients are kept until
 * {@link #release(String)} or {@link #releaseIdle(Duration)}; a released connection's next {@link #connection(String)}
 * builds a new client on the same stores, so an app with very many companies may release those it has not used for a
 * while. A connection has one token manager in the app while any of its clients is reachable, released or not, so its
 * refreshes stay single-flight in this process (and across processes through {@code TokenStore.update}).
 *
 * <p>Close the app when done: it closes the pool, the dispatcher and the identity server's client it built (not an
 * HTTP client the settings gave).
 */
public final class CoreApp implements AutoCloseable {
    private final HttpStack stack;
    private final Map<String, CoreClient> connections = new ConcurrentHashMap<>();
    /** The token manager of every connection a reachable client uses, held or released. */
    private final Map<String, NamedTokens> tokenManagers = new ConcurrentHashMap<>();

    private final ReferenceQueue<TokenManager> unreachable = new ReferenceQueue<>();
    private volatile boolean closed;

    private CoreApp(AppSettings settings) {
        this.stack = new HttpStack(settings, new AppConnections());
    }

    /** A token manager, weakly: it lives as long as a client of its connection does. */
    private static final class NamedTokens extends WeakReference<TokenManager> {
        final String name;

        NamedTokens(TokenManager tokens, ReferenceQueue<TokenManager> queue) {
            super(tokens, queue);
            this.name = tokens.connection();
        }
    }

    /** The connections as the app's authorization flow sees them. */
    private final class AppConnections implements Connections {
        @Override
        public String check(String connection) {
            checkOpen();
            return AppSettings.connection(connection);
        }

        @Override
        public void checkOpen() {
            if (closed) {
                throw new CoreException("this CoreApp is closed");
            }
        }

        @Override
        public TokenManager tokens(String connection) {
            return connection(connection).tokenManager();
        }
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
     * {@return whether {@link #close()} was called} A closed app refuses every call before it touches a store, so a
     * web application may answer "try again" (e.g. 503 during a shutdown) and let another instance serve the request.
     */
    public boolean isClosed() {
        return closed;
    }

    /**
     * {@return the client of {@code connection}: the same instance on every call until it is {@link #release released}}
     * A new client is a {@code CoreClient} and, unless a released client of the connection is still reachable, its
     * token manager; it sends no request. Each call records the app clock's instant as the client's last use, which
     * {@link #releaseIdle(Duration)} reads (calls through a client held across requests do not count as uses).
     *
     * @param connection the name the connection's tokens are stored under
     * @throws CoreConfigurationException when the name is not letters, digits, '.', '_' or '-' (at most 128)
     * @throws CoreException when the app is closed
     */
    public CoreClient connection(String connection) {
        if (closed) {
            throw new CoreException("this CoreApp is closed");
        }
        CoreClient client = connections.get(connection == null ? "" : connection);
        if (client == null) {
            String name = AppSettings.connection(connection);
            client = connections.computeIfAbsent(name, n -> new CoreClient(stack, n, tokenManager(n)));
            if (closed) {
                // close() cleared the map before this insertion.
                connections.remove(name, client);
                throw new CoreException("this CoreApp is closed");
            }
        }
        client.lastUse = stack.settings.clock.millis();
        return client;
    }

    /** The live token manager of {@code connection}, or a new one. */
    private TokenManager tokenManager(String connection) {
        for (NamedTokens gone; (gone = (NamedTokens) unreachable.poll()) != null; ) {
            tokenManagers.remove(gone.name, gone);
        }
        TokenManager[] live = new TokenManager[1];
        tokenManagers.compute(connection, (name, known) -> {
            live[0] = known == null ? null : known.get();
            if (live[0] != null) {
                return known;
            }
            live[0] = stack.newTokenManager(name);
            return new NamedTokens(live[0], unreachable);
        });
        return live[0];
    }

    /**
     * Forgets the client of {@code connection} (its tokens stay in the store); returns whether there was one. A
     * client still held keeps working; the next {@link #connection(String)} builds a new one, which shares the held
     * one's token manager.
     *
     * @param connection the name the connection's tokens are stored under
     * @return whether the app held a client of {@code connection}
     */
    public boolean release(String connection) {
        return connection != null && connections.remove(connection) != null;
    }

    /**
     * Forgets the clients that {@link #connection(String)} has not returned for {@code idleFor} or longer by the app's
     * clock, as {@link #release(String)} does; returns how many. Run it now and then (e.g. hourly) in an app with very
     * many companies.
     *
     * @throws CoreConfigurationException when {@code idleFor} is null or negative
     * @param idleFor how long a client must have gone unreturned
     * @return how many clients were forgotten
     */
    public int releaseIdle(Duration idleFor) {
        if (idleFor == null || idleFor.isNegative()) {
            throw new CoreConfigurationException("idleFor", "must be zero or more, was " + idleFor);
        }
        long usedBefore = stack.settings.clock.millis() - idleFor.toMillis();
        int released = 0;
        for (Map.Entry<String, CoreClient> entry : connections.entrySet()) {
            if (entry.getValue().lastUse <= usedBefore && connections.remove(entry.getKey(), entry.getValue())) {
                released++;
            }
        }
        return released;
    }

    /** {@return how many connection clients the app holds} */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * {@return the authorization code flow of every connection: {@code start(connection, values)} on one instance,
     * {@code complete(callback)} on any instance that shares the {@link CoreSettings#authorizationStore store}}
     */
    public AppAuthorization authorization() {
        return stack.authorization;
    }

    /**
     * Closes the HTTP clients the app built (connection pool, dispatcher, identity server's client) and forgets its
     * connections; their clients fail afterwards. Idempotent.
     */
    @Override
    public void close() {
        closed = true;
        connections.clear();
        stack.close();
    }

    @Override
    public String toString() {
        return "CoreApp{clientId=" + stack.settings.credentials.clientId() + ", " + stack.tokenEndpoint.endpoints()
                + ", " + stack.settings.endpointPolicy + ", connections=" + connections.size() + "}";
    }

    /**
     * Configures a {@link CoreApp}. Required: {@link #clientId}, {@link #redirectUri} and {@link #scopes}; every other
     * setting has a default. {@link #build()} checks everything and names the setting that is wrong.
     */
    public static final class Builder extends CoreSettings<Builder> {
        private Builder() {}

        @Override
        Builder self() {
            return this;
        }

        /**
         * Checks the settings and builds the app. Sends no request, unless {@link #discover} was set: then it reads the
         * discovery document.
         *
         * @throws CoreConfigurationException naming the first setting that is missing or invalid
         * @throws dev.corekit.runtime.error.CoreTransportException when the discovery document could not be fetched
         * @return the core app
         */
        public CoreApp build() {
            return new CoreApp(check());
        }
    }
}
