package dev.corekit.spring.boot.web;

import java.net.URI;
import java.net.URISyntaxException;
import org.jspecify.annotations.Nullable;

/**
 * The pages a login may return the browser to: paths of this application only, so that the connect form cannot be
 * turned into an open redirect.
 */
final class ReturnPaths {
    /** Longer return paths are replaced: they would make the state, and the authorize URI, too long. */
    static final int MAX_LENGTH = 1024;

    private ReturnPaths() {}

    /**
     * {@return whether {@code path} is a path of this application} It is when it starts with exactly one {@code /}
     * (not {@code //}, which a browser reads as another host), holds no {@code \} (which browsers read as {@code /})
     * and only printable ASCII (no control character, space or non-ASCII letter a browser or proxy could rewrite), and
     * is at most {@value #MAX_LENGTH} characters long, and is a valid relative URI (so that it can be a {@code Location}).
     *
     * @param path the candidate, or null
     */
    static boolean isLocal(@Nullable String path) {
        if (path == null || path.isEmpty() || path.length() > MAX_LENGTH || path.charAt(0) != '/') {
            return false;
        }
        if (path.length() > 1 && (path.charAt(1) == '/' || path.charAt(1) == '\\')) {
            return false;
        }
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '\\') {
                return false;
            }
        }
        try {
            URI uri = new URI(path);
            return uri.getScheme() == null && uri.getRawAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /**
     * {@return {@code path} when it is local, otherwise {@code fallback}}
     *
     * @param path the candidate, or null
     * @param fallback a local path
     */
    static String localOr(@Nullable String path, String fallback) {
        return isLocal(path) ? path : fallback;
    }

    /**
     * {@return {@code path} with {@code name=value} added to its query, before its fragment}
     *
     * @param path a local path
     * @param name a parameter name that needs no encoding
     * @param value a value that needs no encoding
     */
    static String withParameter(String path, String name, String value) {
        int hash = path.indexOf('#');
        String beforeFragment = hash < 0 ? path : path.substring(0, hash);
        String fragment = hash < 0 ? "" : path.substring(hash);
        char separator = beforeFragment.indexOf('?') < 0 ? '?' : '&';
        return beforeFragment + separator + name + '=' + value + fragment;
    }
}
