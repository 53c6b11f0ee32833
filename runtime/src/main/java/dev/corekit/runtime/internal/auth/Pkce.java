package dev.corekit.runtime.internal.auth;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A PKCE pair (RFC 7636) with the {@code S256} method: a verifier of 32 random bytes, base64url without padding (43
 * characters), and its challenge, {@code base64url(SHA-256(ascii(verifier)))}. Only the challenge travels through the
 * browser; the verifier goes to the token endpoint alone, so a stolen code is useless without it.
 * {@link #toString()} shows no verifier.
 */
public final class Pkce {
    /** The only method corekit sends: {@code plain} protects nothing once the challenge leaks. */
    public static final String METHOD = "S256";

    private static final int VERIFIER_BYTES = 32;
    /** RFC 7636 §4.1: 43 to 128 unreserved characters. */
    private static final Pattern VERIFIER = Pattern.compile("[A-Za-z0-9._~-]{43,128}");

    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    private final String verifier;
    private final String challenge;

    private Pkce(String verifier) {
        this.verifier = verifier;
        this.challenge = challengeOf(verifier);
    }

    /** A new pair from {@code random}. */
    public static Pkce generate(SecureRandom random) {
        byte[] bytes = new byte[VERIFIER_BYTES];
        Objects.requireNonNull(random, "random").nextBytes(bytes);
        return new Pkce(BASE64URL.encodeToString(bytes));
    }

    /**
     * The pair of an existing verifier, e.g. one kept across a restart.
     *
     * @throws CoreConfigurationException when the verifier is not 43 to 128 unreserved characters (the message does
     *     not quote it)
     */
    public static Pkce ofVerifier(String verifier) {
        if (verifier == null || !VERIFIER.matcher(verifier).matches()) {
            throw new CoreConfigurationException(
                    "codeVerifier", "a PKCE verifier must be 43 to 128 characters of A-Z a-z 0-9 - . _ ~");
        }
        return new Pkce(verifier);
    }

    /** {@code base64url(SHA-256(ascii(verifier)))} without padding. */
    public static String challengeOf(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return BASE64URL.encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The secret half, sent only to the token endpoint. */
    public String verifier() {
        return verifier;
    }

    /** The public half, sent in the authorize URI as {@code code_challenge}. */
    public String challenge() {
        return challenge;
    }

    /** Always {@value #METHOD}. */
    public String method() {
        return METHOD;
    }

    /** Shows the method and the challenge, which are public; never the verifier. */
    @Override
    public String toString() {
        return "Pkce{method=" + METHOD + ", challenge=" + challenge + "}";
    }
}
