package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxApp;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.http.SandboxRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Authenticates the client of a token or revocation request (RFC 6749 §2.3.1): a web app by its secret, in the body
 * ({@code client_secret_post}) or as HTTP Basic ({@code client_secret_basic}), not both; a public app by its
 * {@code client_id} alone. Failures never say which part was wrong, nor repeat what was sent.
 */
final class ClientAuthenticator {
    static final String BASIC_CHALLENGE = "Basic realm=\"corekit-sandbox\", charset=\"UTF-8\"";

    private final SandboxConfig config;

    ClientAuthenticator(SandboxConfig config) {
        this.config = config;
    }

    /** The authenticated app. */
    SandboxApp authenticate(SandboxRequest request, Params form) throws OAuthError {
        String header = request.header("Authorization");
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        String clientId = form.single("client_id");
        String secret;
        if (basic) {
            if (form.has("client_secret")) {
                throw OAuthError.invalidRequest(
                        "client credentials were sent both as HTTP Basic and in the body; use one method");
            }
            String[] credentials = basicCredentials(header.substring(6).trim());
            if (clientId != null && !clientId.equals(credentials[0])) {
                throw OAuthError.invalidRequest("the client_id in the body differs from the HTTP Basic one");
            }
            clientId = credentials[0];
            secret = credentials[1].isEmpty() ? null : credentials[1];
        } else {
            secret = form.single("client_secret");
        }
        OAuthError failed = OAuthError.invalidClient("client authentication failed");
        if (clientId == null) {
            throw OAuthError.invalidClient("no client authentication was sent");
        }
        SandboxApp app = config.app(clientId);
        if (app == null) {
            throw failed;
        }
        if (app.confidential()) {
            if (secret == null || !sameSecret(app.clientSecret(), secret)) {
                throw failed;
            }
        } else if (secret != null) {
            throw failed;
        }
        return app;
    }

    /** {@code [id, secret]} of a Basic header: Base64 of the form-URL-encoded id and secret, joined by a colon. */
    private static String[] basicCredentials(String encoded) throws OAuthError {
        OAuthError malformed = OAuthError.invalidClient("the HTTP Basic credentials are malformed");
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed;
        }
        int colon = decoded.indexOf(':');
        if (colon <= 0) {
            throw malformed;
        }
        try {
            return new String[] {
                URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)
            };
        } catch (IllegalArgumentException e) {
            throw malformed;
        }
    }

    /** Constant time, so timing does not reveal how much of a guessed secret was right. */
    private static boolean sameSecret(String expected, String given) {
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), given.getBytes(StandardCharsets.UTF_8));
    }
}
