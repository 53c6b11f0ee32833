package dev.corekit.runtime.http;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a company's API base URL (the token response's {@code endpoint}) may receive the access token: it
 * must be https, name no user-info, query or fragment, and its host must be an allowed domain or one of its
 * subdomains (by default {@code bqecore.com}). Plain http is allowed only for loopback hosts, and only when switched
 * on (for the sandbox).
 */
public final class EndpointPolicy {
    /** CORE's API base when a token response names no endpoint. */
    public static final String DEFAULT_ENDPOINT = "https://api.bqecore.com/api";
    /** The domain CORE's data centres live under. */
    public static final String DEFAULT_DOMAIN = "bqecore.com";

    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

    private final List<String> allowedDomains;
    private final boolean insecureLoopback;

    public EndpointPolicy(List<String> allowedDomains, boolean insecureLoopback) {
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
    }

    /** Only {@code bqecore.com} and its subdomains, https only. */
    public static EndpointPolicy defaults() {
        return new EndpointPolicy(List.of(DEFAULT_DOMAIN), false);
    }

    public List<String> allowedDomains() {
        return allowedDomains;
    }

    public boolean insecureLoopback() {
        return insecureLoopback;
    }

    /**
     * The base URL to call for {@code endpoint} (the default when {@code null}), without a trailing slash.
     *
     * @throws CoreException naming the rule the endpoint breaks; nothing has been sent to it
     */
    public String check(String endpoint) {
        String candidate = endpoint == null || endpoint.isBlank() ? DEFAULT_ENDPOINT : endpoint.trim();
        while (candidate.endsWith("/")) {
            candidate = candidate.substring(0, candidate.length() - 1);
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            throw refused(candidate, "it is not a valid URL");
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
        if (scheme.equals("http")) {
            if (!(insecureLoopback && loopback)) {
                throw refused(
                        safe(uri),
                        insecureLoopback ? "plain http is allowed for loopback hosts only" : "it is not https");
            }
            return candidate;
        }
        if (!scheme.equals("https")) {
            throw refused(safe(uri), "it is not https");
        }
        if (!(insecureLoopback && loopback) && !allowedHost(host)) {
            throw refused(
                    safe(uri),
                    "host " + host + " is not " + String.join(" or ", allowedDomains) + " or a subdomain of it");
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

    private static CoreException refused(String endpoint, String why) {
        return new CoreException(
                "refused the API endpoint " + endpoint + ": " + why + "; no request or token was sent to it");
    }

    @Override
    public String toString() {
        return "EndpointPolicy{allowedDomains=" + allowedDomains + ", insecureLoopback=" + insecureLoopback + "}";
    }
}
