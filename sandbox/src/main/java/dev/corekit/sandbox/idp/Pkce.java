package dev.corekit.sandbox.idp;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * PKCE (RFC 7636), S256 only: {@code plain} gives no protection when the challenge leaks, so CORE-like strictness
 * refuses it.
 */
final class Pkce {
    static final String S256 = "S256";

    /** BASE64URL(SHA-256(verifier)) without padding is always 43 characters. */
    private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9_-]{43}");
    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private Pkce() {}

    /**
     * Checks the authorize request's PKCE parameters and returns the challenge to bind to the code, or {@code null}
     * when none was sent. A challenge without a method means {@code plain} (RFC 7636 §4.3), which is refused.
     */
    static String challenge(String challenge, String method) throws OAuthError {
        if (challenge == null) {
            if (method != null) {
                throw OAuthError.invalidRequest("code_challenge_method was sent without code_challenge");
            }
            return null;
        }
        if (method == null || method.equals("plain")) {
            throw OAuthError.invalidRequest("code_challenge_method plain is not supported; use S256");
        }
        if (!method.equals(S256)) {
            throw OAuthError.invalidRequest("unsupported code_challenge_method; use S256");
        }
        if (!CHALLENGE.matcher(challenge).matches()) {
            throw OAuthError.invalidRequest(
                    "code_challenge must be the 43-character BASE64URL SHA-256 of the verifier");
        }
        return challenge;
    }

    /** Whether {@code verifier} is well formed and hashes to {@code challenge}. */
    static boolean verifies(String verifier, String challenge) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            return false;
        }
        byte[] expected = challengeOf(verifier).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, challenge.getBytes(StandardCharsets.US_ASCII));
    }

    /** The S256 challenge of a verifier. */
    static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
