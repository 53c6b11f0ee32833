package dev.corekit.runtime.internal.http;

import dev.corekit.runtime.error.ApiEndpointException;
import dev.corekit.runtime.error.CoreConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Decides whether a company's API base URL (the token response's {@code endpoint}) may receive the access token: it
 * must be https on the default port, name no user-info, query or fragment, and its host must be an allowed domain or
 * one of its subdomains (by default {@code bqecore.com}). Plain http, and any port, are allowed only for loopback
 * hosts, and only when switched on (for the sandbox).
 *
 * <p>There is no built-in default base: tokens that name no endpoint are usable only when an explicit API base was
 * configured ({@code CoreClient.Builder.apiBase}). That base is checked by the same rules at build time, except that
 * it may name a port: the user wrote it, unlike a server's answer.
 */
public final class EndpointPolicy {
    /** The domain CORE's data centres live under. */
    public static final String DEFAULT_DOMAIN = "bqecore.com";

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    /** More endpoints than a client has companies; past it the cache starts over rather than grow. */
    private static final int CACHED_ENDPOINTS = 64;

    private final List<String> allowedDomains;
    private final boolean insecureLoopback;
    private final @Nullable String apiBase;

    /** Endpoints that passed, with their base: a token set's endpoint is checked once, not on every call. */
    private final Map<String, String> accepted = new ConcurrentHashMap<>();

    /** A policy without an explicit API base: tokens must name their endpoint. */
    public EndpointPolicy(List<String> allowedDomains, boolean insecureLoopback) {
        this(allowedDomains, insecureLoopback, null);
    }

    /**
     * A policy whose tokens may name no endpoint, in which case {@code apiBase} is called.
     *
     * @param apiBase the API base for tokens without {@code endpoint}, or {@code null}
     * @throws CoreConfigurationException naming {@code allowedHosts} or {@code apiBase} when either is invalid
     */
    public EndpointPolicy(List<String> allowedDomains, boolean insecureLoopback, @Nullable String apiBase) {
        this.allowedDomains = List.copyOf(allowedDomains);
        this.insecureLoopback = insecureLoopback;
        if (this.allowedDomains.isEmpty() && !insecureLoopback) {
            throw new CoreConfigurationException("allowedHosts", "at least one domain is needed");
        }
        for (String domain : this.allowedDomains) {
            if (!domain.matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
                throw new CoreConfigurationException("allowedHosts", "'" + domain + "' is not a domain name");
            }
        }
        if (apiBase == null) {
            this.apiBase = null;
        } else {
            try {
                this.apiBase = verify(apiBase, true);
            } catch (ApiEndpointException e) {
                throw new CoreConfigurationException("apiBase", e.getMessage());
            }
        }
    }

    /** Only {@code bqecore.com} and its subdomains, https only, no API base of its own. */
    public static EndpointPolicy defaults() {
        return new EndpointPolicy(List.of(DEFAULT_DOMAIN), false);
    }

    public List<String> allowedDomains() {
        return allowedDomains;
    }

    public boolean insecureLoopback() {
        return insecureLoopback;
    }

    /** The checked API base for tokens that name no endpoint, without a trailing slash. */
    public Optional<String> apiBase() {
        return Optional.ofNullable(apiBase);
    }

    /**
     * The base URL to call for {@code endpoint}, without a trailing slash; a {@code null} or blank endpoint means the
     * explicit API base.
     *
     * @throws ApiEndpointException naming the rule the endpoint breaks, or saying that there is none; nothing has
     *     been sent to it
     */
    public String check(String endpoint) {
        if (endpoint == null || endpoint.isBlank()) {
            if (apiBase != null) {
                return apiBase;
            }
            throw new ApiEndpointException("no API endpoint: the tokens name none and no apiBase is configured; no"
                    + " request or token was sent");
        }
        String base = accepted.get(endpoint);
        if (base == null) {
            base = verify(endpoint, false);
            if (accepted.size() >= CACHED_ENDPOINTS) {
                accepted.clear();
            }
            accepted.put(endpoint, base);
        }
        return base;
    }

    private String verify(String endpoint, boolean explicit) {
        String candidate = endpoint.trim();
        while (candidate.endsWith("/")) {
            candidate = candidate.substring(0, candidate.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            // Not parsed, so user-info (a password) is cut out by hand before the URL is quoted.
            throw refused(candidate.replaceFirst("(?<=//)[^/?#]*@", ""), "it is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (uri.getRawUserInfo() != null
                || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw refused(safe(uri), "it carries user-info");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw refused(safe(uri), "it has a query or fragment");
        }
        if (host.isEmpty()) {
            throw refused(safe(uri), "it has no host");
        }
        boolean loopback = LOOPBACK_HOSTS.contains(host);
        if (insecureLoopback && loopback && (scheme.equals("http") || scheme.equals("https"))) {
            return candidate;
        }
        if (scheme.equals("http")) {
            throw refused(
                    safe(uri), insecureLoopback ? "plain http is allowed for loopback hosts only" : "it is not https");
        }
        if (!scheme.equals("https")) {
            throw refused(safe(uri), "it is not https");
        }
        if (!allowedHost(host)) {
            throw refused(
                    safe(uri),
                    allowedDomains.isEmpty()
                            ? "host " + host + " is not a loopback host"
                            : "host " + host + " is not " + String.join(" or ", allowedDomains)
                                    + " or a subdomain of it");
        }
        if (!explicit && uri.getPort() != -1 && uri.getPort() != 443) {
            // A server's answer may not steer the token to another service on an allowed host.
            throw refused(safe(uri), "port " + uri.getPort() + " is not 443 (only an explicit apiBase may name one)");
        }
        return candidate;
    }

    private boolean allowedHost(String host) {
        for (String domain : allowedDomains) {
            String d = domain.toLowerCase(Locale.ROOT);
            if (host.equals(d) || host.endsWith("." + d)) {
                return true;
            }
        }
        return false;
    }

    /** The URL without user-info, for messages. */
    private static String safe(URI uri) {
        return Objects.toString(uri.getScheme(), "") + "://" + Objects.toString(uri.getHost(), "?")
                + (uri.getPort() >= 0 ? ":" + uri.getPort() : "") + Objects.toString(uri.getRawPath(), "");
    }

    private static ApiEndpointException refused(String endpoint, String why) {
        return new ApiEndpointException(
                "refused the API endpoint " + endpoint + ": " + why + "; no request or token was sent to it");
    }

    @Override
    public String toString() {
        return "EndpointPolicy{allowedDomains=" + allowedDomains + ", insecureLoopback=" + insecureLoopback
                + (apiBase == null ? "" : ", apiBase=" + apiBase) + "}";
    }
}
