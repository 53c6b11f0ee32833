package dev.corekit.sandbox;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * An application registered with the sandbox's identity server, as on CORE's developer portal: a web app has a client
 * secret, a native or single-page app has none.
 *
 * @param clientId the client id
 * @param clientSecret the client secret, or {@code null} for a native or single-page app
 * @param name the name shown on the consent page
 * @param redirectUris the registered redirect URIs, matched as CORE's getting-started guide describes
 * @param allowedScopes the scopes the app may request
 */
public record SandboxApp(
        String clientId, String clientSecret, String name, List<String> redirectUris, Set<String> allowedScopes) {

    /** Every scope CORE documents. */
    public static final Set<String> ALL_SCOPES =
            Set.of("read:core", "readwrite:core", "offline_access", "openid", "profile", "email", "address");

    /**
     * Checks the app: a client id, a name and at least one redirect URI.
     *
     * @param clientId the client id
     * @param clientSecret the client secret, or {@code null} for a native app
     * @param name the name the log-in page shows
     * @param redirectUris the registered redirect URIs
     * @param allowedScopes the scopes the app may ask for
     */
    public SandboxApp {
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(name, "name");
        redirectUris = List.copyOf(redirectUris);
        allowedScopes = Set.copyOf(allowedScopes);
        if (redirectUris.isEmpty()) {
            throw new IllegalArgumentException("app " + clientId + " needs at least one redirect URI");
        }
    }

    /** {@return whether the app is confidential (a web app with a secret)} */
    public boolean confidential() {
        return clientSecret != null;
    }

    /** Hides the secret. */
    @Override
    public String toString() {
        return "SandboxApp[clientId=" + clientId + ", confidential=" + confidential() + ", name=" + name
                + ", redirectUris=" + redirectUris + ", allowedScopes=" + allowedScopes + "]";
    }
}
