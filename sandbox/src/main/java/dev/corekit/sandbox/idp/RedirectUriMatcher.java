package dev.corekit.sandbox.idp;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Matches a {@code redirect_uri} against an app's registered URIs, as CORE's getting-started guide's table says:
 * scheme, host, port and path (trailing slash included) must be equal, character for character; the passed URI may
 * add query parameters, but only after every registered one, in the registered order. As RFC 8252 §7.3 asks for
 * native apps, a registered URI on the loopback literal {@code 127.0.0.1} or {@code [::1]} without a port matches any
 * port. A passed URI with a fragment never matches (RFC 6749 §3.1.2).
 */
final class RedirectUriMatcher {
    private RedirectUriMatcher() {}

    /** Whether {@code passed} matches one of {@code registered}. */
    static boolean matchesAny(List<String> registered, String passed) {
        return registered.stream().anyMatch(r -> matches(r, passed));
    }

    /** Whether {@code passed} matches {@code registered}. */
    static boolean matches(String registered, String passed) {
        URI r;
        URI p;
        try {
            r = new URI(registered);
            p = new URI(passed);
        } catch (URISyntaxException e) {
            return false;
        }
        if (!p.isAbsolute() || p.isOpaque() || p.getRawFragment() != null || p.getHost() == null) {
            return false;
        }
        return Objects.equals(r.getScheme(), p.getScheme())
                && Objects.equals(r.getRawUserInfo(), p.getRawUserInfo())
                && Objects.equals(r.getHost(), p.getHost())
                && portMatches(r, p)
                && Objects.equals(r.getRawPath(), p.getRawPath())
                && queryExtends(r.getRawQuery(), p.getRawQuery());
    }

    private static boolean portMatches(URI registered, URI passed) {
        if (registered.getPort() == -1 && isLoopbackLiteral(registered.getHost())) {
            return true;
        }
        return registered.getPort() == passed.getPort();
    }

    /** Only the literals: RFC 8252 §8.3 advises against {@code localhost}, which may resolve elsewhere. */
    private static boolean isLoopbackLiteral(String host) {
        return "127.0.0.1".equals(host) || "[::1]".equals(host);
    }

    /** The passed query starts with every registered parameter, in order, compared still encoded. */
    private static boolean queryExtends(String registered, String passed) {
        List<String> wanted = pairs(registered);
        List<String> given = pairs(passed);
        return given.size() >= wanted.size() && given.subList(0, wanted.size()).equals(wanted);
    }

    private static List<String> pairs(String query) {
        if (query == null || query.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(query.split("&")).filter(s -> !s.isEmpty()).toList();
    }
}
