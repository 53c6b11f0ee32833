package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.TokenStore;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.util.ClassUtils;

/** Checks the {@code corekit.*} properties and builds the {@link CoreApp} they describe. */
final class CoreAppFactory {
    /** The settings of {@code CoreApp.builder()} whose property name is not their kebab-case. */
    private static final Map<String, String> PROPERTIES = Map.of(
            "retryPolicy.maxAttempts", "corekit.retry.max-attempts",
            "retryPolicy.baseDelay", "corekit.retry.base-delay",
            "retryPolicy.maxDelay", "corekit.retry.max-delay",
            "retryPolicy.maxRetryAfter", "corekit.retry.max-retry-after",
            "retryPolicy.deadline", "corekit.retry.deadline",
            "insecureLoopback", "corekit.allow-insecure-loopback",
            "utcOffset", "corekit.utc-offset",
            "tokenStore", "corekit.store.type",
            "encryption", "corekit.store.jdbc.encryption.key",
            "requireEncryption", "corekit.store.jdbc.require-encryption");

    private CoreAppFactory() {}

    /** Checks the properties the runtime cannot name itself, builds the app, and names the property of a failure. */
    static CoreApp build(
            CorekitProperties properties,
            TokenStore tokenStore,
            AuthorizationStore authorizationStore,
            CoreMetrics metrics,
            @Nullable ClassLoader classLoader) {
        check(properties, classLoader);
        try {
            return builder(properties, tokenStore, authorizationStore, metrics).build();
        } catch (CoreConfigurationException e) {
            throw translate(e);
        }
    }

    private static void check(CorekitProperties properties, @Nullable ClassLoader classLoader) {
        if (properties.getClientId() == null || properties.getClientId().isBlank()) {
            throw new CorekitPropertiesException(
                    "corekit.client-id",
                    "is required",
                    "Set corekit.client-id to the app's client id from CORE's" + " developer portal.");
        }
        String redirectUri = properties.getRedirectUri();
        if (redirectUri == null || redirectUri.isBlank()) {
            throw new CorekitPropertiesException(
                    "corekit.redirect-uri",
                    "is required",
                    "Set corekit.redirect-uri to the redirect URI registered for the app, e.g."
                            + " https://app.example.com/corekit/callback.");
        }
        String problem = redirectProblem(redirectUri);
        if (problem != null) {
            throw new CorekitPropertiesException(
                    "corekit.redirect-uri",
                    problem + shown(redirectUri),
                    "Set corekit.redirect-uri to an absolute http or https URI, exactly as registered for the app, e.g."
                            + " https://app.example.com/corekit/callback.");
        }
        if (properties.getUtcOffset() != null && properties.getTimeZone() != null) {
            throw new CorekitPropertiesException(
                    List.of("corekit.utc-offset", "corekit.time-zone"),
                    "are both set; they are exclusive",
                    "Remove one: corekit.utc-offset for a fixed offset, or corekit.time-zone for a zone's offset at each"
                            + " call.",
                    null);
        }
        if (properties.getHttpClient() == CorekitProperties.HttpClientType.OKHTTP
                && !ClassUtils.isPresent("okhttp3.OkHttpClient", classLoader)) {
            throw new CorekitPropertiesException(
                    "corekit.http-client",
                    "is okhttp, but OkHttp (com.squareup.okhttp3:okhttp) is not on the class path",
                    "Add com.squareup.okhttp3:okhttp, or set corekit.http-client to jdk (or leave it unset: OkHttp when"
                            + " it is on the class path, else the JDK's client).");
        }
        if (properties.getScopes().isEmpty()) {
            throw new CorekitPropertiesException(
                    "corekit.scopes", "is empty", "Set corekit.scopes, e.g. readwrite:core,offline_access.");
        }
    }

    /**
     * {@return how a failure quotes a redirect URI: without its user info, which may hold a password, and not at all
     * when it does not parse}
     */
    private static String shown(String value) {
        String shown = withoutUserInfo(value);
        if (shown == null) {
            return "";
        }
        return ", was '" + shown + "'" + (shown.equals(value) ? "" : " (user info not shown)");
    }

    /** {@return {@code value} without the user info of the URI, which may hold a password; null if it does not parse} */
    static @Nullable String withoutUserInfo(String value) {
        try {
            URI uri = new URI(value);
            if (uri.getRawUserInfo() == null) {
                return value;
            }
            return new URI(
                            uri.getScheme(),
                            null,
                            uri.getHost(),
                            uri.getPort(),
                            uri.getPath(),
                            uri.getQuery(),
                            uri.getFragment())
                    .toString();
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** {@return what is wrong with a redirect URI, or null} */
    private static @Nullable String redirectProblem(String value) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            return "is not a valid URI";
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            return "must be an absolute http or https URI";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment";
        }
        return null;
    }

    private static CoreApp.Builder builder(
            CorekitProperties p, TokenStore tokenStore, AuthorizationStore authorizationStore, CoreMetrics metrics) {
        CoreApp.Builder builder = CoreApp.builder()
                .clientId(p.getClientId())
                .redirectUri(p.getRedirectUri())
                .scopes(p.getScopes())
                .allowedHosts(p.getAllowedHosts().toArray(String[]::new))
                .clientAuthentication(p.getClientAuthentication())
                .pkce(p.isPkce())
                .connectTimeout(p.getConnectTimeout())
                .readTimeout(p.getReadTimeout())
                .refreshSkew(p.getRefreshSkew())
                .pendingLifetime(p.getPendingLifetime())
                .logLevel(p.getLogLevel())
                .retryPolicy(retryPolicy(p.getRetry()))
                .tokenStore(tokenStore)
                .authorizationStore(authorizationStore)
                .metrics(metrics);
        if (p.getClientSecret() != null) {
            builder.clientSecret(p.getClientSecret());
        }
        if (p.getIdentityServer() != null) {
            builder.identityServer(p.getIdentityServer());
        }
        if (p.getApiBase() != null) {
            builder.apiBase(p.getApiBase());
        }
        if (p.isAllowInsecureLoopback()) {
            builder.allowInsecureLoopback();
        }
        if (p.getUtcOffset() != null) {
            builder.utcOffset(p.getUtcOffset());
        } else if (p.getTimeZone() != null) {
            builder.utcOffset(p.getTimeZone());
        }
        if (p.getHttpClient() == CorekitProperties.HttpClientType.JDK) {
            builder.jdkHttpClient();
        }
        if (p.getMaxIdleConnections() != null) {
            builder.maxIdleConnections(p.getMaxIdleConnections());
        }
        return builder;
    }

    private static RetryPolicy retryPolicy(CorekitProperties.Retry retry) {
        return RetryPolicy.builder()
                .maxAttempts(retry.getMaxAttempts())
                .baseDelay(retry.getBaseDelay())
                .maxDelay(retry.getMaxDelay())
                .maxRetryAfter(retry.getMaxRetryAfter())
                .deadline(retry.getDeadline())
                .retryPosts(retry.isRetryPosts())
                .build();
    }

    /**
     * The property of a runtime setting the runtime refused. Its message names the setting and never a secret's
     * value; the property takes the setting's place.
     */
    static CorekitPropertiesException translate(CoreConfigurationException e) {
        return translate(e, property(e.setting()));
    }

    /** {@return {@code e} as a failure of {@code property}: what the runtime said, the setting's name left out} */
    static CorekitPropertiesException translate(CoreConfigurationException e, String property) {
        return new CorekitPropertiesException(List.of(property), problem(e), "Correct " + property + ".", e);
    }

    /**
     * {@return what the runtime said is wrong, without the setting's name, its builder methods named as the properties
     * that call them}
     */
    static String problem(CoreConfigurationException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        String problem = message.startsWith(e.setting() + ": ")
                ? message.substring(e.setting().length() + 2)
                : message;
        return problem.replace("allowInsecureLoopback()", "corekit.allow-insecure-loopback=true")
                .replace("encryption(...)", "corekit.store.jdbc.encryption.key")
                .replace("jdkHttpClient()", "corekit.http-client=jdk");
    }

    /** {@return the property of a {@code CoreApp.builder()} setting: {@code clientId} is {@code corekit.client-id}} */
    static String property(String setting) {
        String known = PROPERTIES.get(setting);
        if (known != null) {
            return known;
        }
        return "corekit." + kebab(setting);
    }

    /** {@return {@code setting} in kebab case: {@code clientId} is {@code client-id}} */
    static String kebab(String setting) {
        StringBuilder kebab = new StringBuilder();
        for (char c : setting.toCharArray()) {
            if (Character.isUpperCase(c)) {
                kebab.append('-').append(Character.toLowerCase(c));
            } else {
                kebab.append(c);
            }
        }
        return kebab.toString();
    }
}
