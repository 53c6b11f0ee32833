package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * The rule every identity-server URL follows (the identity server, an issuer, each OAuth endpoint): absolute, https,
 * a host, no user-info or fragment; plain http only for a loopback host when insecure loopback is allowed.
 */
public final class IdentityUri {
    private static final Set<String> LOOPBACK_HOSTS = Set.of("127.0.0.1", "localhost", "[::1]");

    private IdentityUri() {}

    /**
     * {@code value} as a URI, checked.
     *
     * @param setting what the error names, e.g. {@code tokenEndpoint}
     * @param what how the error calls the value, e.g. {@code the discovery document's token_endpoint}; the setting's
     *     name when {@code null}
     * @throws CoreConfigurationException naming {@code setting} when the value breaks the rule
     */
    public static URI check(String setting, String what, String value, boolean insecureLoopback) {
        String name = what == null ? "" : what + " ";
        if (value == null || value.isBlank()) {
            throw new CoreConfigurationException(setting, name + "is required");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            // Not parsed, so user-info (a password) is cut out by hand before the value is quoted.
            throw new CoreConfigurationException(
                    setting, name + "is not a valid URI: '" + value.replaceFirst("(?<=//)[^/?#]*@", "") + "'");
        }
        if (!uri.isAbsolute() || uri.getHost() == null) {
            throw new CoreConfigurationException(setting, name + "must be an absolute URI with a host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
            throw new CoreConfigurationException(setting, name + "must not carry user-info or a fragment");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = LOOPBACK_HOSTS.contains(uri.getHost().toLowerCase(Locale.ROOT));
        if (!scheme.equals("https") && !(scheme.equals("http") && insecureLoopback && loopback)) {
            throw new CoreConfigurationException(
                    setting,
                    name + "must be https (plain http only for a loopback host with allowInsecureLoopback()), was '"
                            + value + "'");
        }
        return uri;
    }
}
