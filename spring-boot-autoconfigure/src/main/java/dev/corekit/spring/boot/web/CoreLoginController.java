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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
 * <p>Paths are paths within the application: the connect path, the callback path, the return paths and the default
 * return path do not include the servlet context path ({@code server.servlet.context-path}) or the dispatcher
 * servlet's path ({@code spring.mvc.servlet.path}); the controller adds them to the cookie's path and to every
 * {@code Location} it answers.
 *
 * <h2>Start: {@code POST {connect-path}} (default {@code /corekit/connect})</h2>
 *
 * <p>The application's page posts a form to it, optionally with the field {@value #RETURN_TO}: the local path the
 * browser returns to once the company is connected. The controller
 *
 * <ol>
 *   <li>refuses a request another site's page may have sent with 403: the browser's {@code Sec-Fetch-Site} header
 *       says anything but {@code same-origin} or {@code none} (a sibling subdomain is {@code same-site}, and refused),
 *       or, without that header, an {@code Origin} header names another origin than the request's own (compared with
 *       the scheme, host and port the application sees, so a proxy must forward them);
 *   <li>asks the application's {@link CoreConnectionResolver} for the connection of the request; {@code null} is
 *       answered with 403;
 *   <li>starts the login of that connection ({@code CoreApp.authorization().start(connection, returnTo)}), which
 *       saves it in the application's authorization store;
 *   <li>sets a browser-binding cookie for this login and redirects the browser (303) to CORE's authorize page.
 * </ol>
 *
 * <p>The cookie is named {@value #COOKIE}{@code _} followed by the first 8 characters of the login's state hash, and
 * holds the hash (the SHA-256 of the login's {@code state}, base64url); HttpOnly, SameSite=Lax, Max-Age = the pending
 * lifetime. On a secure request it is named with the {@code __Host-} prefix, Secure, with {@code Path=/} and no
 * domain, so that no other host (a sibling subdomain) and no plain-http page can set it; on a plain-http request (a
 * development machine) its path is the application's (the context path, or {@code /}). Each login has its cookie: a browser may have up to {@value
 * #MAX_LOGINS} logins in flight (several tabs); a start beyond that forgets the browser's earlier logins.
 *
 * <p>Behind a proxy that terminates TLS, the application must see the original scheme and host (Spring Boot's
 * {@code server.forward-headers-strategy}), for the cookie to be Secure and for the {@code Origin} comparison.
 *
 * <p>A return path that is not local (not starting with exactly one {@code /}, holding a {@code \}, a control
 * character, a space or a non-ASCII character, or longer than 1024 characters) is replaced by the default return path:
 * the form cannot send the browser to another site.
 *
 * <h2>Callback: {@code GET {callback-path}} (the path of {@code corekit.redirect-uri}, within the application)</h2>
 *
 * <p>CORE redirects the browser here. Before anything is sent to CORE:
 *
 * <ol>
 *   <li>the browser must carry the cookie of the callback's {@code state}, holding its hash (compared in constant
 *       time): a callback without it is answered with a 400 page and its state stays unspent;
 *   <li>when the {@link CoreConnectionResolver} names a connection for the callback's request, it must be the one the
 *       login was started for ({@code AppAuthorization.complete(parameters, connection)}): another login's state (an
 *       attacker's, planted with its cookie in a victim's browser, or the login of another user of a shared browser)
 *       is answered with the 400 page, and spent. When it names none (the callback reached an instance that does not
 *       know the user's session, or the resolver reads something only the start's request carries), the login's
 *       cookie alone binds the callback to the browser that started it.
 * </ol>
 *
 * <p>Then the login is completed on whichever instance the callback reaches (the state is taken from the shared
 * authorization store, once), the code is exchanged, the tokens are stored under the connection, the login's cookie
 * is cleared (the browser's other logins keep theirs) and the browser is redirected (303) to the return path.
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
 * 400 page. While the {@code CoreApp} is closed (the application shuts down), a callback is answered with 503 and
 * leaves the state and the cookie as they are, so that the browser may retry on another instance. No answer ever
 * quotes the state, the code or an exception, and the log names CORE's error code only (never its free text).
 *
 * <h2>Spring Security</h2>
 *
 * <p>With Spring Security, its CSRF protection covers the start: the application's form carries the {@code _csrf}
 * token like any other form. The application decides who may reach the two paths: permit {@code POST
 * {connect-path}} to the users the resolver may name a connection for (the resolver sees the authenticated
 * principal), and {@code GET {callback-path}} to the same users (or to everyone): where the resolver names a connection there, it
 * must be the login's.
 * The callback is a GET and needs no CSRF token. The browser arrives at the callback from CORE's site, so a session
 * cookie that is SameSite=Strict is not sent with it: keep it Lax.
 *
 * <p>The application may register a bean of this type itself (for other paths); the auto-configuration then backs
 * off. Thread-safe.
 */
public final class CoreLoginController implements RouterFunction<ServerResponse> {
    /**
     * The name the browser-binding cookies start with (after {@value #SECURE_PREFIX} on a secure request); each holds
     * the SHA-256 of its login's state, base64url without padding.
     */
    public static final String COOKIE = "COREKIT_LOGIN";
    /** The prefix of the cookie's name on a secure request: only this host, over https, may set such a cookie. */
    public static final String SECURE_PREFIX = "__Host-";
    /** How many logins a browser may have in flight, each with its cookie. */
    public static final int MAX_LOGINS = 5;
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

    /** The characters of the state hash that name its cookie. */
    private static final int NAME_CHARACTERS = 8;

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
        String hash = AppAuthorization.stateHash(login.state());
        // Rounded up: the cookie lives as long as the login may complete.
        ResponseCookie cookie = cookie(request, cookieName(servlet, hash), hash)
                .maxAge(lifetime.getSeconds() + (lifetime.getNano() > 0 ? 1 : 0))
                .build();
        ServerResponse.BodyBuilder response = ServerResponse.status(HttpStatus.SEE_OTHER)
                .location(login.uri())
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        List<String> inFlight = loginCookies(servlet);
        if (inFlight.size() >= MAX_LOGINS) {
            // The browser's earlier logins are forgotten (their states expire in the store): the cookies stay bounded.
            for (String name : inFlight) {
                response.header(HttpHeaders.SET_COOKIE, clearedCookie(request, name));
            }
        }
        return response.build();
    }

    private ServerResponse callback(ServerRequest request) {
        HttpServletRequest servlet = request.servletRequest();
        Map<String, String> parameters = singleValued(servlet);
        if (parameters == null) {
            LOG.info("refused a CORE login callback: it repeats a parameter");
            return refused(request);
        }
        String state = parameters.get("state");
        if (state == null || state.isEmpty()) {
            LOG.info("refused a CORE login callback: it carries no state");
            return refused(request);
        }
        String hash = AppAuthorization.stateHash(state);
        String cookie = cookieName(servlet, hash);
        if (!boundToThisBrowser(servlet, cookie, hash)) {
            // The state stays unspent: this may be a forged callback, sent to the user's browser by another site.
            LOG.info("refused a CORE login callback: the browser has no {} cookie for its state", COOKIE);
            return refused(request);
        }
        // Null: the cookie alone binds the callback to the browser that started the login (e.g. another instance
        // that does not know the user's session); a connection: it must be the login's own.
        String connection = resolver.connection(servlet);
        String returnTo;
        String error;
        try {
            AuthorizationResult result = connection == null
                    ? app.authorization().complete(parameters)
                    : app.authorization().complete(parameters, connection);
            LOG.info("connected CORE for connection {}", result.connection());
            return redirect(
                    request,
                    cookie,
                    ReturnPaths.localOr(result.applicationValues().get(RETURN_TO), defaultReturnPath));
        } catch (AuthorizationStateException e) {
            LOG.info("refused a CORE login callback: authorization state refused ({})", e.reason());
            switch (e.reason()) {
                case REPLAYED -> error = REPLAYED;
                case EXPIRED -> error = EXPIRED;
                default -> {
                    return refused(request, cookie);
                }
            }
        } catch (OAuthException e) {
            if (e.status() != 0) {
                LOG.info(
                        "a CORE login did not complete: the token endpoint answered {} {}",
                        e.status(),
                        printable(e.error()));
                error = EXCHANGE_FAILED;
            } else {
                LOG.info("a CORE login did not complete: OAuth error {}", printable(e.error()));
                error = ACCESS_DENIED.equals(e.error()) ? ACCESS_DENIED : AUTHORIZATION_ERROR;
            }
        } catch (AuthorizationCallbackException e) {
            LOG.info("a CORE login did not complete: the callback carried neither a code nor an error");
            error = AUTHORIZATION_ERROR;
        } catch (CoreException e) {
            if (app.isClosed()) {
                // Refused before the state was taken: it and the cookie stay usable on another instance.
                LOG.info("a CORE login callback arrived while the CoreApp is closed");
                return text(HttpStatus.SERVICE_UNAVAILABLE, "The application is restarting; reload this page.");
            }
            LOG.warn("a CORE login did not complete: {}", e.getClass().getName());
            error = EXCHANGE_FAILED;
        }
        // The store recognised the state, so the values it carries are the ones the login was started with.
        returnTo = ReturnPaths.localOr(startedReturnPath(state), defaultReturnPath);
        return redirect(request, cookie, ReturnPaths.withParameter(returnTo, ERROR_PARAMETER, error));
    }

    /** {@return the return path the login of {@code state} was started with, or null} */
    private static @Nullable String startedReturnPath(String state) {
        try {
            return AppAuthorization.applicationValues(state).get(RETURN_TO);
        } catch (AuthorizationStateException e) {
            return null;
        }
    }

    /** {@code text} with every control character replaced by {@code ?}, at most 64 characters: safe to log. */
    static String printable(@Nullable String text) {
        if (text == null) {
            return "";
        }
        StringBuilder printable = new StringBuilder(Math.min(text.length(), 64));
        for (int i = 0; i < text.length() && i < 64; i++) {
            char c = text.charAt(i);
            printable.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' ? '?' : c);
        }
        return printable.toString();
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

    /** The name of the cookie of the login whose state hashes to {@code hash}, on {@code request}'s scheme. */
    private static String cookieName(HttpServletRequest request, String hash) {
        return (request.isSecure() ? SECURE_PREFIX : "") + COOKIE + "_" + hash.substring(0, NAME_CHARACTERS);
    }

    /** The names of the login cookies {@code request} carries, on its scheme. */
    private static List<String> loginCookies(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        List<String> names = new ArrayList<>();
        String prefix = (request.isSecure() ? SECURE_PREFIX : "") + COOKIE + "_";
        if (cookies != null) {
            for (Cookie cookie : cookies) {
                if (cookie.getName().startsWith(prefix) && !names.contains(cookie.getName())) {
                    names.add(cookie.getName());
                }
            }
        }
        return names;
    }

    /** Whether the cookie {@code name} holds {@code hash}, compared in constant time. */
    private static boolean boundToThisBrowser(HttpServletRequest request, String name, String hash) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return false;
        }
        byte[] expected = hash.getBytes(StandardCharsets.US_ASCII);
        boolean bound = false;
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName()) && cookie.getValue() != null) {
                bound |= MessageDigest.isEqual(expected, cookie.getValue().getBytes(StandardCharsets.US_ASCII));
            }
        }
        return bound;
    }

    /**
     * A login cookie: {@code __Host-} rules on a secure request (Secure, {@code Path=/}, no domain), else the
     * application's path; the start sees the cookies of the browser's other logins, to bound them.
     */
    private ResponseCookie.ResponseCookieBuilder cookie(ServerRequest request, String name, String value) {
        boolean secure = request.servletRequest().isSecure();
        return ResponseCookie.from(name, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Lax")
                .path(secure || applicationPath(request).isEmpty() ? "/" : applicationPath(request));
    }

    private String clearedCookie(ServerRequest request, String name) {
        return cookie(request, name, "").maxAge(0).build().toString();
    }

    /** The path the application is mapped at: the context path and the dispatcher servlet's path, or empty. */
    private static String applicationPath(ServerRequest request) {
        String path = request.requestPath().contextPath().value();
        return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    /** Redirects to the application's {@code path}, clearing the cookie {@code name}. */
    private ServerResponse redirect(ServerRequest request, String name, String path) {
        return ServerResponse.status(HttpStatus.SEE_OTHER)
                .location(URI.create(applicationPath(request) + path))
                .header(HttpHeaders.SET_COOKIE, clearedCookie(request, name))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .build();
    }

    /** The 400 page, leaving the cookies (and the state) as they are. */
    private ServerResponse refused(ServerRequest request) {
        return refused(request, null);
    }

    /** The 400 page, clearing the cookie {@code name} (when given) of a login that cannot complete any more. */
    private ServerResponse refused(ServerRequest request, @Nullable String name) {
        ServerResponse.BodyBuilder response = ServerResponse.status(HttpStatus.BAD_REQUEST)
                .contentType(HTML)
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
        if (name != null) {
            response.header(HttpHeaders.SET_COOKIE, clearedCookie(request, name));
        }
        return response.body(RefusedPage.html(applicationPath(request) + defaultReturnPath));
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
