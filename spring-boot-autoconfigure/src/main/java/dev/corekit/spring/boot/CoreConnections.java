package dev.corekit.spring.boot;

import dev.corekit.client.Core;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The CORE connections of the application (one company each, named by the application, e.g. by tenant): their
 * {@link CoreClient}, their {@link Core} facade, whether they are connected, and the connection of the current request
 * as the application's {@link CoreConnectionResolver} names it. The starter provides one as a bean, on the
 * {@code CoreApp} and {@code TokenStore} beans: an application that defines its own {@code CoreApp} defines the token
 * store it gives that app as a bean too, so that {@link #isConnected(String)} reads the same store.
 *
 * <pre>{@code
 * List<Activity> activities = connections.core("acme").activities().list(CoreQuery.all());
 * }</pre>
 */
public final class CoreConnections {
    private static final boolean SERVLET_WEB = ClassUtils.isPresent(
                    "org.springframework.web.context.request.RequestContextHolder",
                    CoreConnections.class.getClassLoader())
            && ClassUtils.isPresent("jakarta.servlet.http.HttpServletRequest", CoreConnections.class.getClassLoader());

    private final CoreApp app;
    private final TokenStore tokenStore;
    private final Supplier<@Nullable CoreConnectionResolver> resolver;
    private final Clock clock;

    /**
     * The connections of {@code app}.
     *
     * @param app the app whose connections these are
     * @param tokenStore the app's token store, read by {@link #isConnected(String)}
     * @param resolver gives the application's resolver, or null when it has none
     * @param clock the clock that tells whether a stored access token has expired
     */
    public CoreConnections(
            CoreApp app, TokenStore tokenStore, Supplier<@Nullable CoreConnectionResolver> resolver, Clock clock) {
        this.app = app;
        this.tokenStore = tokenStore;
        this.resolver = resolver;
        this.clock = clock;
    }

    /**
     * {@return the client of {@code connection}, the same one on every call} It sends no request.
     *
     * @param connection the connection's name: letters, digits, '.', '_' or '-', at most 128
     * @throws dev.corekit.runtime.error.CoreConfigurationException when the name is not one
     */
    public CoreClient client(String connection) {
        return app.connection(connection);
    }

    /**
     * {@return the facade of CORE's resources for {@code connection}: {@code core.activities().list(...)}}
     *
     * @param connection the connection's name: letters, digits, '.', '_' or '-', at most 128
     * @throws dev.corekit.runtime.error.CoreConfigurationException when the name is not one
     */
    public Core core(String connection) {
        return new Core(client(connection));
    }

    /**
     * {@return whether usable tokens of {@code connection} are stored: an access token that has not expired, or a
     * refresh token} Reads the token store only, sends no request: a refresh token CORE has revoked still counts
     * until a call finds out.
     *
     * @param connection the connection's name
     */
    public boolean isConnected(String connection) {
        Optional<TokenSet> tokens = tokenStore.load(connection);
        return tokens.isPresent()
                && (tokens.get().refreshToken() != null || !tokens.get().expiresWithin(Duration.ZERO, clock.instant()));
    }

    /**
     * {@return the connection the application's {@link CoreConnectionResolver} names for the request being served, or
     * empty: outside a servlet request, without a resolver bean, or when the resolver names none}
     */
    public Optional<String> currentConnection() {
        if (!SERVLET_WEB) {
            return Optional.empty();
        }
        CoreConnectionResolver current = resolver.get();
        return current == null ? Optional.empty() : CurrentRequest.connection(current);
    }

    /**
     * {@return the facade of the {@link #currentConnection() current request's connection}}
     *
     * @throws NoCurrentConnectionException when there is none
     */
    public Core currentCore() {
        return core(currentConnection()
                .orElseThrow(() -> new NoCurrentConnectionException(
                        "no CORE connection for this request: it is not served in a servlet request, the application"
                                + " has no CoreConnectionResolver bean, or the resolver names none")));
    }

    @Override
    public String toString() {
        return "CoreConnections{" + app + "}";
    }

    /** The servlet request of the current thread: loaded only when the servlet API is on the class path. */
    private static final class CurrentRequest {
        private CurrentRequest() {}

        static Optional<String> connection(CoreConnectionResolver resolver) {
            RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
            if (attributes instanceof ServletRequestAttributes servlet) {
                return Optional.ofNullable(resolver.connection(servlet.getRequest()));
            }
            return Optional.empty();
        }
    }
}
