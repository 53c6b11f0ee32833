package dev.corekit.spring.boot.autoconfigure;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The "Connect to CORE" endpoints of a servlet web application ({@code corekit.web.*}): a {@code POST} to the
 * connect path starts a login for the connection the application's {@code CoreConnectionResolver} names (form field
 * {@code returnTo}: the local path to come back to), and CORE's redirect to the callback path completes it. See
 * {@link dev.corekit.spring.boot.web.CoreLoginController} for the flow, its cookie and its error codes.
 */
@ConfigurationProperties("corekit.web")
public class CorekitWebProperties {
    /**
     * Whether to register the login controller (a servlet web application with Spring MVC and a CoreConnectionResolver
     * bean).
     */
    private boolean enabled = true;

    /**
     * The path of the POST that starts a login, within the application; the application's "Connect to CORE" form
     * posts to it.
     */
    private String connectPath = "/corekit/connect";

    /**
     * The path CORE redirects the browser to after the login, within the application (without
     * server.servlet.context-path and spring.mvc.servlet.path). Defaults to the path of corekit.redirect-uri without
     * them; when set, it must equal that path.
     */
    private @Nullable String callbackPath;

    /**
     * The local path (within the application) the browser returns to after the login when the form names none, or
     * names one that is not a path of this application.
     */
    private String defaultReturnPath = "/";

    /** Properties with their defaults. */
    public CorekitWebProperties() {}

    /** {@return whether to register the login controller} */
    public boolean isEnabled() {
        return enabled;
    }

    /**
     * Sets whether to register the login controller.
     *
     * @param enabled whether to register it
     */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    /** {@return the path of the POST that starts a login} */
    public String getConnectPath() {
        return connectPath;
    }

    /**
     * Sets the path of the POST that starts a login.
     *
     * @param connectPath a path starting with {@code /}
     */
    public void setConnectPath(String connectPath) {
        this.connectPath = connectPath;
    }

    /** {@return the path of the callback, or null for the path of {@code corekit.redirect-uri}} */
    public @Nullable String getCallbackPath() {
        return callbackPath;
    }

    /**
     * Sets the path of the callback.
     *
     * @param callbackPath the path of {@code corekit.redirect-uri}, or null
     */
    public void setCallbackPath(@Nullable String callbackPath) {
        this.callbackPath = callbackPath;
    }

    /** {@return the local path the browser returns to when the form names none} */
    public String getDefaultReturnPath() {
        return defaultReturnPath;
    }

    /**
     * Sets the local path the browser returns to when the form names none.
     *
     * @param defaultReturnPath a path starting with a single {@code /}
     */
    public void setDefaultReturnPath(String defaultReturnPath) {
        this.defaultReturnPath = defaultReturnPath;
    }
}
