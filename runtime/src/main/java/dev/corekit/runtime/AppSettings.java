package dev.corekit.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.IdentityUri;
import dev.corekit.runtime.internal.http.EndpointPolicy;
import dev.corekit.runtime.internal.http.GuardedMetrics;
import dev.corekit.runtime.internal.http.UtcOffset;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.TokenStore;
import feign.Capability;
import feign.Client;
import feign.Logger;
import feign.RequestInterceptor;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** The checked settings of {@link CoreSettings}, immutable: what one {@link HttpStack} is built from. */
final class AppSettings {
    private static final Pattern CONNECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    final ClientCredentials credentials;
    final URI redirectUri;
    final Set<String> scopes;
    final URI identityServer;
    final String issuer;
    final URI authorizationEndpoint;
    final URI tokenEndpoint;
    final URI revocationEndpoint;
    final URI userInfoEndpoint;
    final EndpointPolicy endpointPolicy;
    final UtcOffset utcOffset;
    final TokenStore tokenStore;
    final AuthorizationStore authorizationStore;
    final Duration pendingLifetime;
    final Client httpClient;
    final boolean useJdkClient;
    final int maxIdleConnections;
    final Logger.Level logLevel;
    final RetryPolicy retryPolicy;
    final boolean insecureLoopback;
    final boolean pkce;
    final Clock clock;
    final Sleeper sleeper;
    final Duration refreshSkew;
    final Duration connectTimeout;
    final Duration readTimeout;
    final ObjectMapper objectMapper;
    final CoreMetrics metrics;
    final List<Capability> capabilities;
    final List<RequestInterceptor> requestInterceptors;

    private AppSettings(CoreSettings<?> s) {
        if (s.clientId == null || s.clientId.isBlank()) {
            throw new CoreConfigurationException("clientId", "is required");
        }
        if (s.clientSecret != null && s.clientSecret.isBlank()) {
            throw new CoreConfigurationException("clientSecret", "is blank; leave it unset for a native app");
        }
        nonNull("clientAuthentication", s.clientAuthentication);
        this.credentials = new ClientCredentials(s.clientId, s.clientSecret, s.clientAuthentication);
        this.redirectUri = absolute("redirectUri", s.redirectUri);
        if (redirectUri.getRawFragment() != null) {
            throw new CoreConfigurationException("redirectUri", "must not have a fragment");
        }
        if (s.scopes.isEmpty() || s.scopes.stream().anyMatch(x -> x == null || x.isBlank() || x.contains(" "))) {
            throw new CoreConfigurationException(
                    "scopes", "give one or more scopes, e.g. readwrite:core offline_access");
        }
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(s.scopes));
        this.insecureLoopback = s.insecureLoopback;
        this.identityServer = IdentityUri.check("identityServer", null, s.identityServer, insecureLoopback);
        if (identityServer.getRawQuery() != null) {
            throw new CoreConfigurationException("identityServer", "must not have a query");
        }
        this.issuer = s.issuer;
        this.authorizationEndpoint = endpoint("authorizationEndpoint", s.authorizationEndpoint);
        this.tokenEndpoint = endpoint("tokenEndpoint", s.tokenEndpoint);
        this.revocationEndpoint = endpoint("revocationEndpoint", s.revocationEndpoint);
        this.userInfoEndpoint = endpoint("userInfoEndpoint", s.userInfoEndpoint);
        this.utcOffset = nonNull("utcOffset", s.utcOffset);
        this.tokenStore = nonNull("tokenStore", s.tokenStore);
        this.logLevel = nonNull("logLevel", s.logLevel);
        this.retryPolicy = nonNull("retryPolicy", s.retryPolicy);
        this.clock = nonNull("clock", s.clock);
        this.sleeper = nonNull("sleeper", s.sleeper);
        this.refreshSkew = positive("refreshSkew", s.refreshSkew, true);
        this.connectTimeout = positive("connectTimeout", s.connectTimeout, false);
        this.readTimeout = positive("readTimeout", s.readTimeout, false);
        this.pendingLifetime = positive("pendingLifetime", s.pendingLifetime, false);
        if (s.maxIdleConnections != null && s.maxIdleConnections < 1) {
            throw new CoreConfigurationException(
                    "maxIdleConnections", "must be 1 or more, was " + s.maxIdleConnections);
        }
        if (s.maxIdleConnections != null && (s.httpClient != null || s.useJdkClient)) {
            // It sizes corekit's own OkHttp pool, which a given or JDK client replaces: silently ignoring it misleads.
            throw new CoreConfigurationException(
                    "maxIdleConnections",
                    "applies to corekit's own OkHttp client only; size the pool of the "
                            + (s.useJdkClient ? "JDK client" : "httpClient") + " instead");
        }
        // OkHttp is the default where it can run; an app that left it out gets the JDK's client.
        boolean okHttpLeftOut = false;
        if (s.httpClient == null && !s.useJdkClient) {
            String missing = OkHttpPresence.missing();
            okHttpLeftOut = OkHttpPresence.OKHTTP.equals(missing);
            if (missing != null && !okHttpLeftOut) {
                throw new CoreConfigurationException(
                        "httpClient",
                        "OkHttp, the default client, is on the class path but " + missing + ", which it needs, is not:"
                                + " add " + missing + ", or leave out " + OkHttpPresence.OKHTTP
                                + " as well to use the JDK's HTTP client");
            }
            if (okHttpLeftOut && s.maxIdleConnections != null) {
                throw new CoreConfigurationException(
                        "maxIdleConnections",
                        "sizes the pool of OkHttp, the default client, but " + OkHttpPresence.OKHTTP
                                + " is not on the class path (corekit then uses the JDK's HTTP client): add it, or"
                                + " leave maxIdleConnections unset");
            }
        }
        this.maxIdleConnections = s.maxIdleConnections != null ? s.maxIdleConnections : 64;
        // The flow passes the app's clock to take(); spent states are remembered for one pending lifetime.
        this.authorizationStore =
                s.authorizationStore != null ? s.authorizationStore : new InMemoryAuthorizationStore(pendingLifetime);
        this.httpClient = s.httpClient;
        this.useJdkClient = s.useJdkClient || okHttpLeftOut;
        this.pkce = s.pkce;
        this.objectMapper = s.objectMapper != null ? s.objectMapper : CoreJson.mapper();
        this.metrics = GuardedMetrics.of(nonNull("metrics", s.metrics));
        this.capabilities = nonNulls("capability", s.capabilities);
        this.requestInterceptors = nonNulls("requestInterceptor", s.requestInterceptors);
        Set<String> domains = new LinkedHashSet<>();
        for (String host : s.allowedHosts) {
            domains.add(nonNull("allowedHosts", host).toLowerCase(Locale.ROOT));
        }
        this.endpointPolicy = new EndpointPolicy(List.copyOf(domains), insecureLoopback, s.apiBase);
    }

    static AppSettings of(CoreSettings<?> settings) {
        return new AppSettings(settings);
    }

    /**
     * Checks a connection name: it names a row or a file in the stores.
     *
     * @throws CoreConfigurationException when it is not letters, digits, '.', '_' or '-' (at most 128)
     */
    static String connection(String connection) {
        if (connection == null || !CONNECTION.matcher(connection).matches()) {
            throw new CoreConfigurationException(
                    "connection", "'" + connection + "' must be letters, digits, '.', '_' or '-' (at most 128)");
        }
        return connection;
    }

    private URI endpoint(String setting, String value) {
        return value == null ? null : IdentityUri.check(setting, null, value, insecureLoopback);
    }

    private static URI absolute(String setting, String value) {
        if (value == null || value.isBlank()) {
            throw new CoreConfigurationException(setting, "is required");
        }
        try {
            URI uri = new URI(value);
            if (!uri.isAbsolute()) {
                throw new CoreConfigurationException(setting, "must be an absolute URI, was '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new CoreConfigurationException(setting, "is not a valid URI: '" + value + "'");
        }
    }

    private static <T> T nonNull(String setting, T value) {
        if (value == null) {
            throw new CoreConfigurationException(setting, "must not be null");
        }
        return value;
    }

    private static <T> List<T> nonNulls(String setting, List<T> values) {
        List<T> checked = new ArrayList<>(values.size());
        for (T value : values) {
            checked.add(nonNull(setting, value));
        }
        return Collections.unmodifiableList(checked);
    }

    private static Duration positive(String setting, Duration value, boolean zeroAllowed) {
        if (value == null || value.isNegative() || (!zeroAllowed && value.isZero())) {
            throw new CoreConfigurationException(
                    setting, "must be " + (zeroAllowed ? "zero or more" : "positive") + ", was " + value);
        }
        return value;
    }
}
