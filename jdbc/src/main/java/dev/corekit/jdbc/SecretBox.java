package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;

/**
 * Encrypts and decrypts one secret column with AES-GCM: a fresh 12-byte random nonce per write, stored before the
 * ciphertext (base64), and associated data that binds the ciphertext to its table and row, {@code
 * corekit/<purpose>/v2}, the table name (prefix included) and the row's key, so a value copied onto another row, or
 * into the same row of another prefix's table, does not decrypt. (v1, before 0.1.0, had no table name; its rows do not
 * decrypt.)
 */
final class SecretBox {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final EncryptionKeys keys;
    private final String purpose;
    private final String table;
    private final boolean requireEncryption;

    /**
     * @param purpose what the column holds, e.g. {@code tokens}; part of the associated data
     * @param table the table of the column, part of the associated data
     * @param requireEncryption whether a value stored in clear is refused on reading
     */
    SecretBox(EncryptionKeys keys, String purpose, String table, boolean requireEncryption) {
        this.keys = keys;
        this.purpose = purpose;
        this.table = table;
        this.requireEncryption = requireEncryption;
    }

    /** A column value and the id of the key that wrote it ({@code null} in clear). */
    record Sealed(String value, String keyId) {}

    /** {@code plain} for the row {@code rowKey}: encrypted with the current key, or in clear without one. */
    Sealed seal(String plain, String rowKey) {
        if (!keys.encrypts()) {
            return new Sealed(plain, null);
        }
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, keys.current(), nonce, rowKey);
            byte[] encrypted = cipher.doFinal(plain.getBytes(StandardCharsets.UTF_8));
            byte[] stored = ByteBuffer.allocate(NONCE_BYTES + encrypted.length)
                    .put(nonce)
                    .put(encrypted)
                    .array();
            return new Sealed(
                    Base64.getEncoder().encodeToString(stored),
                    keys.currentKeyId().orElseThrow());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is available on every Java platform", e);
        }
    }

    /**
     * The clear text of a column value written for {@code rowKey} under {@code keyId} ({@code null}: in clear).
     *
     * @param row how messages name the row, e.g. {@code the tokens of connection acme}
     * @throws DecryptionException when the key is not configured, the value does not decrypt, or it is in clear and
     *     encryption is required
     */
    String open(String value, String keyId, String rowKey, String row) {
        if (keyId == null && requireEncryption) {
            throw new DecryptionException(
                    null,
                    row + " are stored in clear, which requireEncryption() refuses (reencrypt() rewrites them under"
                            + " the current key)");
        }
        return openForRewrite(value, keyId, rowKey, row);
    }

    /** Like {@link #open}, and a value in clear even when encryption is required: what re-encryption rewrites. */
    String openForRewrite(String value, String keyId, String rowKey, String row) {
        if (keyId == null) {
            return value;
        }
        SecretKey key = keys.key(keyId);
        if (key == null) {
            throw new DecryptionException(
                    keyId,
                    row + " were encrypted with key id " + keyId + ", which is not configured (keys: " + keys.keyIds()
                            + ")");
        }
        try {
            byte[] stored = Base64.getDecoder().decode(value);
            if (stored.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new DecryptionException(keyId, row + " are too short to be AES-GCM output");
            }
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, key, java.util.Arrays.copyOf(stored, NONCE_BYTES), rowKey);
            return new String(cipher.doFinal(stored, NONCE_BYTES, stored.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (AEADBadTagException | IllegalArgumentException e) {
            throw new DecryptionException(
                    keyId,
                    row + " do not decrypt with key id " + keyId
                            + ": written for another row, altered, or encrypted with another key under this id");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is available on every Java platform", e);
        }
    }

    /** Whether a row written under {@code keyId} should be rewritten by a re-encryption pass. */
    boolean stale(String keyId) {
        return keys.encrypts() && !keys.currentKeyId().orElseThrow().equals(keyId);
    }

    /**
     * The current key's id, which a re-encryption pass needs.
     *
     * @throws CoreConfigurationException when no key is configured
     */
    String requireCurrentKeyId() {
        return keys.currentKeyId()
                .orElseThrow(() -> new CoreConfigurationException("encryption", "no current key to re-encrypt with"));
    }

    private Cipher cipher(int mode, SecretKey key, byte[] nonce, String rowKey) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("corekit/" + purpose + "/v2\n" + table + "\n" + rowKey).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
