package dev.corekit.sandbox.idp;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.corekit.sandbox.http.Responses;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sandbox's RS256 key for ID tokens: one RSA key per sandbox, made on first use (so sandboxes that never issue an
 * ID token never pay for key generation), published as a JWK in the discovery document's {@code jwks_uri}. RS256
 * rather than HS256 with the client secret, because public apps have no secret and apps should verify ID tokens
 * through the key set as they would against CORE.
 */
final class SigningKey {
    static final String ALGORITHM = "RS256";

    private volatile Material material;

    private record Material(KeyPair pair, String kid, Map<String, Object> jwk) {}

    /** The key's id, its RFC 7638 thumbprint. */
    String kid() {
        return material().kid();
    }

    /** The public key as a JWK. */
    Map<String, Object> jwk() {
        return material().jwk();
    }

    /** The SHA256withRSA signature of {@code data}. */
    byte[] sign(byte[] data) {
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(material().pair().getPrivate());
            signature.update(data);
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with RSA", e);
        }
    }

    private Material material() {
        Material m = material;
        if (m == null) {
            synchronized (this) {
                m = material;
                if (m == null) {
                    m = generate();
                    material = m;
                }
            }
        }
        return m;
    }

    private static Material generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            KeyPair pair = generator.generateKeyPair();
            RSAPublicKey key = (RSAPublicKey) pair.getPublic();
            String n = base64Url(unsigned(key.getModulus()));
            String e = base64Url(unsigned(key.getPublicExponent()));
            // RFC 7638: the hash of the required members, in lexicographic order, without whitespace.
            String thumbprintInput = "{\"e\":\"" + e + "\",\"kty\":\"RSA\",\"n\":\"" + n + "\"}";
            String kid = base64Url(
                    MessageDigest.getInstance("SHA-256").digest(thumbprintInput.getBytes(StandardCharsets.UTF_8)));
            Map<String, Object> jwk = new LinkedHashMap<>();
            jwk.put("kty", "RSA");
            jwk.put("use", "sig");
            jwk.put("alg", ALGORITHM);
            jwk.put("kid", kid);
            jwk.put("n", n);
            jwk.put("e", e);
            return new Material(pair, kid, Map.copyOf(jwk));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make an RSA key", e);
        }
    }

    /** A JWS compact serialization of {@code payload}: header.payload.signature. */
    String signJwt(Map<String, Object> payload) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("alg", ALGORITHM);
        header.put("typ", "JWT");
        header.put("kid", kid());
        try {
            String input = base64Url(Responses.JSON.writeValueAsBytes(header)) + "."
                    + base64Url(Responses.JSON.writeValueAsBytes(payload));
            return input + "." + base64Url(sign(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a JWT", e);
        }
    }

    /** A positive big integer's bytes without the sign byte, as JWK wants them (RFC 7518 §6.3.1). */
    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
