package dev.corekit.jdbc;

import java.util.Arrays;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/** Fixed AES keys for tests, recognisable by their bytes. */
final class Keys {
    private Keys() {}

    /** A 256-bit AES key whose bytes are all {@code fill}. */
    static SecretKey aes(int fill) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) fill);
        return new SecretKeySpec(bytes, "AES");
    }
}
