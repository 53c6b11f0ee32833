package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.auth.ClientAuthentication;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;

/**
 * The app's client id and, for a web app, its secret; sent in the form body (CORE's documented way) or as HTTP
 * Basic. {@link #toString()} never shows the secret.
 */
public final class ClientCredentials {
    private final String clientId;
    private final String clientSecret;
    private final ClientAuthentication method;

    public ClientCredentials(String clientId, String clientSecret, ClientAuthentication method) {
        this.clientId = Objects.requireNonNull(clientId, "clientId");
        this.clientSecret = clientSecret;
        this.method = Objects.requireNonNull(method, "method");
    }

    public String clientId() {
        return clientId;
    }

    /** Whether there is a secret (a web app) or not (a native or single-page app). */
    public boolean confidential() {
        return clientSecret != null;
    }

    public ClientAuthentication method() {
        return method;
    }

    /** Adds the credentials to a token, revocation or refresh request. */
    public void apply(Map<String, String> form, HttpRequest.Builder request) {
        form.put("client_id", clientId);
        if (clientSecret == null) {
            return;
        }
        if (method == ClientAuthentication.BODY) {
            form.put("client_secret", clientSecret);
        } else {
            String pair = encode(clientId) + ":" + encode(clientSecret);
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static String encode(String value) {
        // RFC 6749 §2.3.1: form-encode id and secret before joining them.
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** {@code text} with the secret, if it occurs, replaced by {@code ***}. */
    public String mask(String text) {
        return clientSecret == null || text == null ? text : text.replace(clientSecret, "***");
    }

    @Override
    public String toString() {
        return "ClientCredentials{clientId=" + clientId + ", secret=" + (clientSecret == null ? "none" : "***")
                + ", method=" + method + "}";
    }
}
