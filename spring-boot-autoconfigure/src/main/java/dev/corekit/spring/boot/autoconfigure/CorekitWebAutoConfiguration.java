package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.CoreApp;
import dev.corekit.spring.boot.CoreConnectionResolver;
import dev.corekit.spring.boot.web.CoreLoginController;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.function.RouterFunction;

/**
 * Registers the {@link CoreLoginController} ("Connect to CORE": {@code POST corekit.web.connect-path}, and CORE's
 * callback at the path of {@code corekit.redirect-uri}) in a servlet web application with Spring MVC that defines a
 * {@link CoreConnectionResolver} bean; off with {@code corekit.web.enabled=false}, and backing off when the
 * application defines its own {@link CoreLoginController}.
 *
 * <p>The controller's paths are paths within the application: the callback path is the path of {@code
 * corekit.redirect-uri} without the application's path ({@code server.servlet.context-path} followed by {@code
 * spring.mvc.servlet.path}), e.g. {@code /callback} for {@code https://app.example.com/app/callback} and the
 * context path {@code /app}.
 *
 * <p>The startup fails with a {@link CorekitPropertiesException} when {@code corekit.web.callback-path} is set to
 * another path than that of {@code corekit.redirect-uri} (CORE would send the browser where no controller listens),
 * when the path of {@code corekit.redirect-uri} is not under the application's path, when there is no callback path
 * at all, or when a path is not a local path.
 */
@AutoConfiguration(after = CorekitAutoConfiguration.class)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(RouterFunction.class)
@ConditionalOnBooleanProperty(name = "corekit.web.enabled", matchIfMissing = true)
@ConditionalOnBean({CoreApp.class, CoreConnectionResolver.class})
@EnableConfigurationProperties(CorekitWebProperties.class)
public final class CorekitWebAutoConfiguration {
    static final String CALLBACK_PATH = "corekit.web.callback-path";
    static final String REDIRECT_URI = "corekit.redirect-uri";
    static final String CONNECT_PATH = "corekit.web.connect-path";
    static final String DEFAULT_RETURN_PATH = "corekit.web.default-return-path";
    static final String CONTEXT_PATH = "server.servlet.context-path";
    static final String SERVLET_PATH = "spring.mvc.servlet.path";

    /** Created by Spring Boot. */
    CorekitWebAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    CoreLoginController coreLoginController(
            CoreApp app,
            CoreConnectionResolver resolver,
            CorekitWebProperties web,
            ObjectProvider<CorekitProperties> properties,
            Environment environment) {
        CorekitProperties core = properties.getIfAvailable();
        String callbackPath = callbackPath(
                web.getCallbackPath(), core == null ? null : core.getRedirectUri(), applicationPath(environment));
        String connectPath = web.getConnectPath();
        if (connectPath == null || !connectPath.startsWith("/") || connectPath.equals(callbackPath)) {
            throw new CorekitPropertiesException(
                    List.of(CONNECT_PATH, CALLBACK_PATH),
                    "the connect path must start with / and differ from the callback path, was '" + connectPath + "'",
                    "Set " + CONNECT_PATH + " to a path of its own, e.g. /corekit/connect.",
                    null);
        }
        try {
            return new CoreLoginController(app, resolver, connectPath, callbackPath, web.getDefaultReturnPath());
        } catch (IllegalArgumentException e) {
            throw new CorekitPropertiesException(
                    DEFAULT_RETURN_PATH,
                    "must be a path of this application (one leading /, no \\, printable ASCII only), was '"
                            + web.getDefaultReturnPath() + "'",
                    "Set " + DEFAULT_RETURN_PATH + " to a page of the application, e.g. /.");
        }
    }

    /** The path the dispatcher servlet answers at: the context path and the servlet path, without a trailing /. */
    static String applicationPath(Environment environment) {
        return trimmed(environment.getProperty(CONTEXT_PATH, "")) + trimmed(environment.getProperty(SERVLET_PATH, ""));
    }

    private static String trimmed(String path) {
        String trimmed = path.trim();
        if (trimmed.endsWith("/*")) {
            trimmed = trimmed.substring(0, trimmed.length() - 2);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() || trimmed.startsWith("/") ? trimmed : "/" + trimmed;
    }

    /**
     * The path of the callback within the application: {@code callback-path} when set, which must then be the path
     * of {@code redirect-uri} (when set) without {@code applicationPath}, otherwise that path.
     */
    static String callbackPath(@Nullable String callbackPath, @Nullable String redirectUri, String applicationPath) {
        String redirectPath = redirectUri == null || redirectUri.isBlank()
                ? null
                : withinApplication(pathOf(redirectUri), applicationPath);
        if (callbackPath == null || callbackPath.isEmpty()) {
            if (redirectPath == null) {
                throw new CorekitPropertiesException(
                        List.of(REDIRECT_URI, CALLBACK_PATH),
                        "the login controller has no callback path",
                        "Set " + REDIRECT_URI + " to the redirect URI registered for the app, e.g."
                                + " https://app.example.com/callback (or " + CALLBACK_PATH
                                + " when the application builds its own CoreApp), or corekit.web.enabled=false.",
                        null);
            }
            return redirectPath;
        }
        if (!callbackPath.startsWith("/")) {
            throw new CorekitPropertiesException(
                    CALLBACK_PATH,
                    "must start with /, was '" + callbackPath + "'",
                    "Leave " + CALLBACK_PATH + " unset: it defaults to the path of " + REDIRECT_URI + ".");
        }
        if (redirectPath != null && !redirectPath.equals(callbackPath)) {
            throw new CorekitPropertiesException(
                    List.of(CALLBACK_PATH, REDIRECT_URI),
                    "the callback path '" + callbackPath + "' is not the path of the redirect URI ('" + redirectPath
                            + "' within the application), where CORE sends the browser back",
                    "Leave " + CALLBACK_PATH + " unset (it defaults to the path of " + REDIRECT_URI
                            + "), or change both to the same path.",
                    null);
        }
        return callbackPath;
    }

    private static String withinApplication(String redirectPath, String applicationPath) {
        if (applicationPath.isEmpty()) {
            return redirectPath;
        }
        if (!redirectPath.startsWith(applicationPath + "/")) {
            throw new CorekitPropertiesException(
                    List.of(REDIRECT_URI, CONTEXT_PATH, SERVLET_PATH),
                    "the path of the redirect URI ('" + redirectPath + "') is not under the application's path ('"
                            + applicationPath + "'): CORE would send the browser back outside the application",
                    "Register a redirect URI under " + applicationPath + ", e.g. https://app.example.com"
                            + applicationPath + "/callback, and set " + REDIRECT_URI + " to it.",
                    null);
        }
        return redirectPath.substring(applicationPath.length());
    }

    private static String pathOf(String redirectUri) {
        try {
            String path = new URI(redirectUri).getRawPath();
            return path == null || path.isEmpty() ? "/" : path;
        } catch (URISyntaxException e) {
            throw new CorekitPropertiesException(
                    REDIRECT_URI,
                    "is not a valid URI",
                    "Set " + REDIRECT_URI + " to the redirect URI registered for the app, e.g."
                            + " https://app.example.com/callback.");
        }
    }
}
