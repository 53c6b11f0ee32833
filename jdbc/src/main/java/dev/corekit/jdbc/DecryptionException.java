package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreException;
import org.jspecify.annotations.Nullable;

/**
 * A stored secret could not be decrypted: its key id is not among the configured {@link EncryptionKeys}, or the value
 * does not decrypt under that key (copied from another row or table, altered, or written with another key under the
 * same id), or it is stored in clear while {@link JdbcStores.Builder#requireEncryption()} refuses that.
 * The message names the row and the key id, never a key or a secret.
 */
public class DecryptionException extends CoreException {
    private static final long serialVersionUID = 1L;

    /** The key id stored with the row, {@code null} when it is in clear. */
    private final @Nullable String keyId;

    /**
     * A value stored under {@code keyId} did not decrypt; {@code message} names the row and the key id.
     *
     * @param keyId the key id stored with the row, {@code null} when it is in clear
     * @param message names the row and the key id
     */
    public DecryptionException(@Nullable String keyId, String message) {
        super(message);
        this.keyId = keyId;
    }

    /** {@return the key id stored with the row; {@code null} when the row is in clear} */
    public @Nullable String keyId() {
        return keyId;
    }
}
