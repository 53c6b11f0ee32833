package dev.corekit.runtime;

import dev.corekit.runtime.auth.AppAuthorization;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
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
 * <p>Every connection shares one HTTP stack: one connection pool and dispatcher (OkHttp by default), one
 * identity-server client (built on the first token request), one Feign with its encoder and decoders, one retry
 * engine. A connection adds only its token manager, whose refreshes are single-flight in this process, and its API
 * clients: an idle connection costs no thread and a few kilobytes of heap. Clients are kept until
 * {@link #release(String)}; a released connection's next {@link #connection(String)} builds a new client on the same
 * stores, so an app with very many companies may release those it has not used for a while.
 *
 * <p>Close the app when done: it closes the pool, the dispatcher and the identity server's client it built (not an
 * HTTP client the settings gave).
 */
public final class CoreApp implements AutoCloseable {
    private final HttpStack stack;
    private final Map<String, CoreClient> connections = new ConcurrentHashMap<>();
    private volatile boolean closed;

    private CoreApp(AppSettings settings) {
        this.stack = new HttpStack(settings, name -> connection(name).tokens());
    }

    /** A new builder. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The client of {@code connection}: the same instance on every call until it is {@link #release released}.
     * Builds nothing but the connection's token manager, and sends no request.
     *
     * @throws CoreConfigurationException when the name is not letters, digits, '.', '_' or '-' (at most 128)
     * @throws CoreException when the app is closed
     */
    public CoreClient connection(String connection) {
        if (closed) {
            throw new CoreException("this CoreApp is closed");
        }
        CoreClient client = connections.get(connection == null ? "" : connection);
        if (client != null) {
            return client;
        }
        String name = AppSettings.connection(connection);
        return connections.computeIfAbsent(name, n -> new CoreClient(stack, n));
    }

    /**
     * Forgets the client of {@code connection} (its tokens stay in the store); returns whether there was one. A
     * client still held keeps working; the next {@link #connection(String)} builds a new one.
     */
    public boolean release(String connection) {
        return connection != null && connections.remove(connection) != null;
    }

    /** How many connection clients the app holds. */
    public int connectionCount() {
        return connections.size();
    }

    /**
     * The authorization code flow of every connection: {@code start(connection, values)} on one instance,
     * {@code complete(callback)} on any instance that shares the {@link CoreSettings#authorizationStore store}.
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
         */
        public CoreApp build() {
            return new CoreApp(check());
        }
    }
}
