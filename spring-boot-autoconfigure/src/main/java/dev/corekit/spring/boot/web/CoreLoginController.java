package dev.corekit.spring.boot.web;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.auth.AppAuthorization;
import dev.corekit.runtime.auth.AuthorizationCallbackException;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.spring.boot.CoreConnectionResolver;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The "Connect to CORE" flow of a Spring MVC application: two endpoints, registered as a {@link RouterFunction}.
 *
 * <h2>Start: {@code POST {connect-path}} (default {@code /corekit/connect})</h2>
 *
 * <p>The application's page posts a form to it, optionally with the field {@value #RETURN_TO}: the local path the
 * browser returns to once the company is connected. The controller
 *
 * <ol>
 *   <li>refuses a cross-site request with 403: the browser's {@code Sec-Fetch-Site} header says {@code cross-site},
 *       or, without that header, an {@code Origin} header names another origin than the request's own (compared with
 *       the scheme, host and port the application sees, so a proxy must forward them);
 *   <li>asks the application's {@link CoreConnectionResolver} for the connection of the request; {@code null} is
 *       answered with 403;
 *   <li>starts the login of that connection ({@code CoreApp.authorization().start(connection, returnTo)}), which
 *       saves it in the application's authorization store;
 *   <li>sets the browser-binding cookie {@value #COOKIE} (the SHA-256 of the login's {@code state}, base64url;
 *       HttpOnly, SameSite=Lax, Secure on a secure request, Path = the callback path, Max-Age = the pending
 *       lifetime) and redirects the browser (303) to CORE's authorize page.
 * </ol>
 *
 * <p>Behind a proxy that terminates TLS, the application must see the original scheme and host (Spring Boot's
 * {@code server.forward-headers-strategy}), for the cookie to be Secure and for the {@code Origin} comparison. A
 * browser carries one login at a time: a second start replaces the cookie, and the first login's callback is then
 * refused (its state unspent).
 *
 * <p>A return path that is not local (not starting with exactly one {@code /}, holding a {@code \}, a control
 * character, a space or a non-ASCII character, or longer than 1024 characters) is replaced by the default return path:
 * the form cannot send the browser to another site.
 *
 * <h2>Callback: {@code GET {callback-path}} (the path of {@code corekit.redirect-uri})</h2>
 *
 * <p>CORE redirects the browser here. Before anything is sent to CORE, the {@value #COOKIE} cookie must hold the hash
 * of the callback's {@code state} (compared in constant time): a callback without it, or with another login's, is
 * answered with a 400 page and its state stays unspent. Then the login is completed on whichever instance the
 * callback reaches (the state is taken from the shared authorization store, once), the code is exchanged, the tokens
 * are stored under the connection, the cookie is cleared and the browser is redirected (303) to the return path.
 *
 * <p>When CORE or the store refuses the login after its state was recognised, the browser is redirected to the return
 * path with the parameter {@value #ERROR_PARAMETER}:
 *
 * <ul>
 *   <li>{@value #ACCESS_DENIED}: the user denied the consent ({@code error=access_denied});
 *   <li>{@value #AUTHORIZATION_ERROR}: CORE put another error on the redirect (e.g. {@code invalid_scope}), or the
 *       callback held neither a code nor an error;
 *   <li>{@value #EXCHANGE_FAILED}: the token endpoint refused the code or could not be reached;
 *   <li>{@value #REPLAYED}: the login was already completed (a reloaded callback page);
 *   <li>{@value #EXPIRED}: the login took longer than the pending lifetime.
 * </ul>
 *
 * <p>A callback whose state is missing, malformed or unknown, or that repeats a parameter, is answered with the same
 * 400 page. No answer ever quotes the state, the code or an exception.
 *
 * <h2>Spring Security</h2>
 *
 * <p>With Spring Security, its CSRF protection covers the start: the application's form carries the {@code _csrf}
 * token like any other form. The application decides who may reach the two paths: permit {@code POST
 * {connect-path}} to the users the resolver may name a connection for (the resolver sees the authenticated
 * principal), and {@code GET {callback-path}} to the same users, or to everyone (the state and the cookie protect it);
 * the callback is a GET and needs no CSRF token. The browser arrives at the callback from CORE's site, so a session
 * cookie that is SameSite=Strict is not sent with it: keep it Lax, or permit the callback to everyone.
 *
 * <p>The application may register a bean of this type itself (for other paths); the auto-configuration then backs
 * off. Thread-safe.
 */
public final class CoreLoginController implements RouterFunction<ServerResponse> {
    /** The browser-binding cookie: the SHA-256 of the state, base64url without padding. */
    public static final String COOKIE = "COREKIT_LOGIN";
    /** The form field of the start naming the local path to return to. */
    public static final String RETURN_TO = "returnTo";
    /** The query parameter the return path gets when the login did not succeed. */
    public static final String ERROR_PARAMETER = "corekit-error";
    /** The user denied the consent on CORE's page. */
    public static final String ACCESS_DENIED = "access_denied";
    /** CORE put another error than {@code access_denied} on the redirect, or the callback was neither. */
    public static final String AUTHORIZATION_ERROR = "authorization_error";
    /** The token endpoint refused the code, or could not be reached. */
    public static final String EXCHANGE_FAILED = "exchange_failed";
    /** The login was already completed. */
    public static final String REPLAYED = "replayed";
    /** The login took longer than the pending lifetime. */
    public static final String EXPIRED = "expired";

    private static final Logger LOG = LoggerFactory.getLogger(CoreLoginController.class);
    private static final MediaType HTML = new MediaType("text", "html", StandardCharsets.UTF_8);
    private static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);

    private final CoreApp app;
    private final CoreConnectionResolver resolver;
    private final String connectPath;
    private final String callbackPath;
    private final String defaultReturnPath;
    private final RouterFunction<ServerResponse> routes;

    /**
     * A controller answering at {@code connectPath} and {@code callbackPath}.
     *
     * @param app the app whose logins it starts and completes; its redirect URI's path must be {@code callbackPath}
     * @param resolver names the connection of a request
     * @param connectPath the path of the start, e.g. {@code /corekit/connect}
     * @param callbackPath the path of the callback, e.g. {@code /callback}
     * @param defaultReturnPath the local path the browser returns to when the form names none, e.g. {@code /}
     * @throws IllegalArgumentException when a path does not start with {@code /} or the default return path is not
     *     local
     */
    public CoreLoginController(
            CoreApp app,
            CoreConnectionResolver resolver,
            String connectPath,
            String callbackPath,
            String defaultReturnPath) {
        this.app = Objects.requireNonNull(app, "app");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.connectPath = path(connectPath, "connectPath");
        this.callbackPath = path(callbackPath, "callbackPath");
        if (!ReturnPaths.isLocal(defaultReturnPath)) {
            throw new IllegalArgumentException(
                    "defaultReturnPath must be a local path such as /, was '" + defaultReturnPath + "'");
        }
        this.defaultReturnPath = defaultReturnPath;
        this.routes = RouterFunctions.route()
                .POST(this.connectPath, this::start)
                .GET(this.callbackPath, this::callback)
                .build();
    }

    private static String path(String path, String name) {
        if (path == null || !path.startsWith("/")) {
            throw new IllegalArgumentException(name + " must start with /, was '" + path + "'");
        }
        return path;
    }

    /**
     * {@return the handler of {@code request} when it is the start or the callback, else empty}
     *
     * @param request the request
     */
    @Override
    public Optional<HandlerFunction<ServerResponse>> route(ServerRequest request) {
        return routes.route(request);
    }

    /**
     * Shows the two routes to {@code visitor}, e.g. for the mappings of Spring Boot's actuator.
     *
     * @param visitor the visitor
     */
    @Override
    public void accept(RouterFunctions.Visitor visitor) {
        routes.accept(visitor);
    }

    /** {@return the path of the start} */
    public String connectPath() {
        return connectPath;
    }

    /** {@return the path of the callback} */
    public String callbackPath() {
        return callbackPath;
    }

    /** {@return the local path the browser returns to when the form names none} */
    public String defaultReturnPath() {
        return defaultReturnPath;
    }

    private ServerResponse start(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        if (CrossSite.isCrossSite(servlet)) {
            LOG.info("refused a cross-site request to start a CORE login");
            return text(HttpStatus.FORBIDDEN, "A CORE login can only be started from this application's pages.");
        }
        String connection = resolver.connection(servlet);
        if (connection == null) {
            LOG.debug("the connection resolver names no connection for this request: no CORE login started");
            return text(HttpStatus.FORBIDDEN, "This account may not connect a CORE company.");
        }
        String returnTo = ReturnPaths.localOr(servlet.getParameter(RETURN_TO), defaultReturnPath);
        AppAuthorization authorization = app.authorization();
        AuthorizationRequest login = authorization.start(connection, Map.of(RETURN_TO, returnTo));
        Duration lifetime = authorization.pendingLifetime();
        // Rounded up: the cookie lives as long as the login may complete.
        ResponseCookie cookie = cookie(servlet, AppAuthorization.stateHash(login.state()))
                .maxAge(lifetime.getSeconds() + (lifetime.getNano() > 0 ? 1 : 0))
                .build();
        return ServerResponse.status(HttpStatus.SEE_OTHER)
                .location(login.uri())
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    private ServerResponse callback(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        Map<String, String> parameters = singleValued(servlet);
        if (parameters == null) {
            LOG.info("refused a CORE login callback: it repeats a parameter");
            return refused();
        }
        String state = parameters.get("state");
        if (state == null || state.isEmpty()) {
            LOG.info("refused a CORE login callback: it carries no state");
            return refused();
        }
        if (!boundToThisBrowser(servlet, state)) {
            // The state stays unspent: this may be a forged callback, sent to the user's browser by another site.
            LOG.info("refused a CORE login callback: the browser has no {} cookie for its state", COOKIE);
            return refused();
        }
        String returnTo;
        String error;
        try {
            AuthorizationResult result = app.authorization().complete(parameters);
            LOG.info("connected CORE for connection {}", result.connection());
            return redirect(
                    servlet, ReturnPaths.localOr(result.applicationValues().get(RETURN_TO), defaultReturnPath));
        } catch (AuthorizationStateException e) {
            LOG.info("refused a CORE login callback: {}", e.getMessage());
            switch (e.reason()) {
                case REPLAYED -> error = REPLAYED;
                case EXPIRED -> error = EXPIRED;
                default -> {
                    return refused(servlet);
                }
            }
        } catch (OAuthException e) {
            LOG.info("a CORE login did not complete: {}", e.getMessage());
            if (e.status() != 0) {
                error = EXCHANGE_FAILED;
            } else {
                error = ACCESS_DENIED.equals(e.error()) ? ACCESS_DENIED : AUTHORIZATION_ERROR;
            }
        } catch (AuthorizationCallbackException e) {
            LOG.info("a CORE login did not complete: {}", e.getMessage());
            error = AUTHORIZATION_ERROR;
        } catch (CoreException e) {
            LOG.warn("a CORE login did not complete: {}", e.getMessage());
            error = EXCHANGE_FAILED;
        }
        // The store recognised the state, so the values it carries are the ones the login was started with.
        returnTo = ReturnPaths.localOr(ReturnPaths.fromState(state, RETURN_TO), defaultReturnPath);
        return redirect(servlet, ReturnPaths.withParameter(returnTo, ERROR_PARAMETER, error));
    }

    /** The callback's parameters, or null when one is repeated (a callback must carry each once). */
    private static @Nullable Map<String, String> singleValued(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
            if (parameter.getValue().length != 1) {
                return null;
            }
            parameters.put(parameter.getKey(), parameter.getValue()[0]);
        }
        return parameters;
    }

    /** Whether a {@value #COOKIE} cookie holds the hash of {@code state}, compared in constant time. */
    private static boolean boundToThisBrowser(HttpServletRequest request, String state) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        byte[] expected = AppAuthorization.stateHash(state).getBytes(StandardCharsets.US_ASCII);
        boolean bound = false;
        for (Cookie cookie : cookies) {
            if (COOKIE.equals(cookie.getName()) && cookie.getValue() != null) {
                bound |= MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII));
            }
        }
        return bound;
    }

    private ResponseCookie.ResponseCookieBuilder cookie(HttpServletRequest request, String value) {
        return ResponseCookie.from(COOKIE, value)
                .httpOnly(true)
                .secure(request.isSecure())
                .sameSite("Lax")
                .path(callbackPath);
    }

    private String clearedCookie(HttpServletRequest request) {
        return cookie(request, "").maxAge(0).build().toString();
    }

    private ServerResponse redirect(HttpServletRequest request, String path) {
        return ServerResponse.status(HttpStatus.SEE_OTHER)
                .location(URI.create(path))
                .header(HttpHeaders.SET_COOKIE, clearedCookie(request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The 400 page, leaving the cookie (and the state) as they are. */
    private ServerResponse refused() {
        return ServerResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(RefusedPage.html(defaultReturnPath));
    }

    /** The 400 page, clearing the cookie of a login that cannot complete any more. */
    private ServerResponse refused(HttpServletRequest request) {
        return ServerResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(HTML)
                .header(HttpHeaders.SET_COOKIE, clearedCookie(request))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(RefusedPage.html(defaultReturnPath));
    }

    private static ServerResponse text(HttpStatus status, String text) {
        return ServerResponse.status(status).contentType(TEXT).body(text);
    }

    /** Shows the paths. */
    @Override
    public String toString() {
        return "CoreLoginController{connectPath=" + connectPath + ", callbackPath=" + callbackPath
                + ", defaultReturnPath=" + defaultReturnPath + "}";
    }
}
