package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * The AES keys that encrypt tokens and PKCE verifiers at rest (AES-GCM): one current key that encrypts every write,
 * and retired keys that only decrypt rows written before a rotation. Each row stores the id of the key that wrote it.
 * {@link #none()} stores secrets in clear. Keys never appear in {@link #toString()} or in any message, only their ids.
 *
 * <p>Rotation, in two deployments so that no instance meets a row under a key it does not know while a rolling deploy
 * runs: first deploy the new key as retired ({@code current("2026-01", oldKey).withRetired("2027-01", newKey)}) to
 * every instance; then make it current ({@code current("2027-01", newKey).withRetired("2026-01", oldKey)}), run {@link
 * JdbcStores#reencrypt()} once, and drop the old key only after that.
 */
public final class EncryptionKeys {
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final EncryptionKeys NONE = new EncryptionKeys(null, Map.of());

    private final String currentId;
    private final Map<String, SecretKey> keys;

    private EncryptionKeys(String currentId, Map<String, SecretKey> keys) {
        this.currentId = currentId;
        this.keys = Collections.unmodifiableMap(keys);
    }

    /** {@return no encryption: secrets are stored in clear (rows that carry a key id cannot be read)} */
    public static EncryptionKeys none() {
        return NONE;
    }

    /**
     * Encrypts every write with {@code key}, stored under {@code keyId}.
     *
     * @param keyId 1 to 64 letters, digits, {@code .}, {@code _} or {@code -}; stored with each row, not secret
     * @param key an AES key of 16, 24 or 32 bytes, e.g. {@code new SecretKeySpec(bytes, "AES")}
     * @throws CoreConfigurationException when the id or the key is not valid (the message never shows the key)
     * @return keys that encrypt with {@code key}
     */
    public static EncryptionKeys current(String keyId, SecretKey key) {
        Map<String, SecretKey> keys = new LinkedHashMap<>();
        keys.put(checkedId(keyId), checkedKey(keyId, key));
        return new EncryptionKeys(keyId, keys);
    }

    /**
     * {@return these keys and {@code key}, which decrypts rows written under {@code keyId} but never encrypts}
     *
     * @param keyId the id the retired key wrote rows under
     * @param key the retired AES key
     * @throws CoreConfigurationException when the id is already taken, or the id or key is not valid
     */
    public EncryptionKeys withRetired(String keyId, SecretKey key) {
        if (currentId == null) {
            throw new CoreConfigurationException("encryption", "a retired key needs a current key");
        }
        if (keys.containsKey(checkedId(keyId))) {
            throw new CoreConfigurationException("encryption key " + keyId, "the key id is given twice");
        }
        Map<String, SecretKey> more = new LinkedHashMap<>(keys);
        more.put(keyId, checkedKey(keyId, key));
        return new EncryptionKeys(currentId, more);
    }

    /** {@return whether writes are encrypted} */
    public boolean encrypts() {
        return currentId != null;
    }

    /** {@return the id of the key that encrypts writes, empty without encryption} */
    public Optional<String> currentKeyId() {
        return Optional.ofNullable(currentId);
    }

    /** {@return the ids of every key, current first} */
    public Set<String> keyIds() {
        return keys.keySet();
    }

    SecretKey current() {
        return keys.get(currentId);
    }

    /** The key of {@code keyId}, or {@code null} when it is not configured. */
    @Nullable
    SecretKey key(String keyId) {
        return keys.get(keyId);
    }

    private static String checkedId(String keyId) {
        if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
            throw new CoreConfigurationException(
                    "encryption key id", "must be 1 to 64 letters, digits, '.', '_' or '-'");
        }
        return keyId;
    }

    private static SecretKey checkedKey(String keyId, SecretKey key) {
        if (key == null) {
            throw new CoreConfigurationException("encryption key " + keyId, "is missing (null)");
        }
        byte[] encoded = key.getEncoded();
        if (encoded == null) {
            throw new CoreConfigurationException(
                    "encryption key " + keyId,
                    "is not extractable (getEncoded() returned null, e.g. a key held by a hardware module): corekit"
                            + " encrypts with the JDK's AES-GCM, which needs the key's bytes");
        }
        int length = encoded.length;
        // The copy getEncoded() made is not kept.
        Arrays.fill(encoded, (byte) 0);
        if (!"AES".equalsIgnoreCase(key.getAlgorithm()) || (length != 16 && length != 24 && length != 32)) {
            throw new CoreConfigurationException(
                    "encryption key " + keyId, "must be an AES key of 16, 24 or 32 bytes (algorithm \"AES\")");
        }
        return key;
    }

    /** Shows the key ids, never a key. */
    @Override
    public String toString() {
        return currentId == null
                ? "EncryptionKeys{none}"
                : "EncryptionKeys{current=" + currentId + ", keys=" + keyIds() + "}";
    }
}
