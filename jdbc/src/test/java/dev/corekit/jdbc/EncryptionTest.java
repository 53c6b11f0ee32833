package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class EncryptionTest {
    private static final EncryptionKeys K1 = EncryptionKeys.current("k1", Keys.aes(1));

    private final DataSource dataSource = Postgres.newDatabase();
    private final Sql sql = new Sql(dataSource);

    private JdbcTokenStore store(EncryptionKeys keys) {
        return JdbcStores.builder(dataSource).encryption(keys).build().tokenStore();
    }

    @Test
    void encryptedTokensAreNotInTheTableAndEachWriteHasItsOwnNonce() {
        JdbcTokenStore store = store(K1);
        store.save("acme", Tokens.number(1));
        String first = (String) sql.value("SELECT tokens FROM corekit_tokens WHERE connection = 'acme'");
        store.save("acme", Tokens.number(1));

        Map<String, Object> row =
                sql.rows("SELECT tokens, key_id FROM corekit_tokens").get(0);
        String stored = (String) row.get("tokens");
        assertThat(row.get("key_id")).isEqualTo("k1");
        assertThat(stored)
                .doesNotContain("secret")
                .doesNotContain("access_token")
                .isNotEqualTo(first);
        assertThat(new String(Base64.getDecoder().decode(stored), java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("secret");
        // 12-byte nonce, ciphertext as long as the JSON, 16-byte tag.
        assertThat(Base64.getDecoder().decode(stored))
                .hasSize(12 + Tokens.number(1).toJson().toString().length() + 16);
        assertThat(store.load("acme")).contains(Tokens.number(1));
    }

    @Test
    void tokensCopiedOntoAnotherConnectionDoNotDecrypt() {
        JdbcTokenStore store = store(K1);
        store.save("acme", Tokens.number(1));
        store.save("globex", Tokens.number(2));
        sql.update("UPDATE corekit_tokens SET tokens = (SELECT tokens FROM corekit_tokens WHERE connection = 'acme')"
                + " WHERE connection = 'globex'");

        assertThatThrownBy(() -> store.load("globex"))
                .isInstanceOfSatisfying(
                        DecryptionException.class, e -> assertThat(e.keyId()).isEqualTo("k1"))
                .hasMessage("the tokens of connection globex do not decrypt with key id k1: written for another row,"
                        + " altered, or encrypted with another key under this id");
        assertThat(store.load("acme")).contains(Tokens.number(1));
    }

    @Test
    void tokensCopiedIntoTheTableOfAnotherPrefixDoNotDecrypt() {
        JdbcTokenStore tenantA = JdbcStores.builder(dataSource)
                .tablePrefix("tenant_a_")
                .encryption(K1)
                .build()
                .tokenStore();
        JdbcStores tenantBStores = JdbcStores.builder(dataSource)
                .tablePrefix("tenant_b_")
                .encryption(K1)
                .build();
        tenantBStores.createSchema();
        JdbcStores.builder(dataSource).tablePrefix("tenant_a_").build().createSchema();
        tenantA.save("acme", Tokens.number(1));
        tenantBStores.tokenStore().save("acme", Tokens.number(2));
        sql.update("UPDATE tenant_b_tokens SET tokens = (SELECT tokens FROM tenant_a_tokens WHERE connection = 'acme')"
                + " WHERE connection = 'acme'");

        assertThatThrownBy(() -> tenantBStores.tokenStore().load("acme"))
                .isInstanceOfSatisfying(
                        DecryptionException.class, e -> assertThat(e.keyId()).isEqualTo("k1"))
                .hasMessageStartingWith("the tokens of connection acme do not decrypt with key id k1");
        assertThat(tenantA.load("acme")).contains(Tokens.number(1));
    }

    @Test
    void requireEncryptionRefusesTokensInClearUntilReencryptRewroteThem() {
        store(EncryptionKeys.none()).save("acme", Tokens.number(1));
        JdbcStores strict = JdbcStores.builder(dataSource)
                .encryption(K1)
                .requireEncryption()
                .build();

        assertThatThrownBy(() -> strict.tokenStore().load("acme"))
                .isInstanceOfSatisfying(
                        DecryptionException.class, e -> assertThat(e.keyId()).isNull())
                .hasMessage("the tokens of connection acme are stored in clear, which requireEncryption() refuses"
                        + " (reencrypt() rewrites them under the current key)");
        assertThatThrownBy(() -> strict.tokenStore().update("acme", stored -> stored))
                .isInstanceOf(DecryptionException.class);
        assertThat(store(K1).load("acme")).contains(Tokens.number(1));

        assertThat(strict.reencrypt()).isEqualTo(1);
        assertThat(strict.tokenStore().load("acme")).contains(Tokens.number(1));
        assertThat(sql.value("SELECT key_id FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo("k1");
    }

    @Test
    void requireEncryptionNeedsAKey() {
        assertThatThrownBy(
                        () -> JdbcStores.builder(dataSource).requireEncryption().build())
                .isInstanceOfSatisfying(
                        CoreConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("requireEncryption"))
                .hasMessage("requireEncryption: needs a current key (encryption(...))");
    }

    @Test
    void alteredTokensOrAnotherKeyUnderTheSameIdDoNotDecrypt() {
        store(K1).save("acme", Tokens.number(1));

        assertThatThrownBy(
                        () -> store(EncryptionKeys.current("k1", Keys.aes(2))).load("acme"))
                .isInstanceOf(DecryptionException.class)
                .hasMessageContaining("do not decrypt with key id k1");

        String stored = (String) sql.value("SELECT tokens FROM corekit_tokens");
        byte[] bytes = Base64.getDecoder().decode(stored);
        bytes[20] ^= 1;
        sql.update("UPDATE corekit_tokens SET tokens = ?", Base64.getEncoder().encodeToString(bytes));
        assertThatThrownBy(() -> store(K1).load("acme")).isInstanceOf(DecryptionException.class);
    }

    @Test
    void aKeyIdThatIsNotConfiguredIsATypedErrorNamingIt() {
        store(K1).save("acme", Tokens.number(1));

        assertThatThrownBy(
                        () -> store(EncryptionKeys.current("k2", Keys.aes(2))).load("acme"))
                .isInstanceOfSatisfying(
                        DecryptionException.class, e -> assertThat(e.keyId()).isEqualTo("k1"))
                .hasMessage("the tokens of connection acme were encrypted with key id k1, which is not configured"
                        + " (keys: [k2])");
        assertThatThrownBy(() -> store(EncryptionKeys.none()).load("acme"))
                .isInstanceOf(DecryptionException.class)
                .hasMessageContaining("key id k1, which is not configured (keys: [])");
    }

    @Test
    void rotationReadsOldRowsAndReencryptRewritesEveryRowUnderTheCurrentKey() {
        store(K1).save("acme", Tokens.number(1));
        store(K1).save("globex", Tokens.number(2));
        store(EncryptionKeys.none()).save("initech", Tokens.number(3));
        EncryptionKeys rotated = EncryptionKeys.current("k2", Keys.aes(2)).withRetired("k1", Keys.aes(1));
        JdbcStores stores = JdbcStores.builder(dataSource).encryption(rotated).build();

        assertThat(stores.tokenStore().load("acme")).contains(Tokens.number(1));
        stores.tokenStore().save("hooli", Tokens.number(4));
        assertThat(sql.value("SELECT key_id FROM corekit_tokens WHERE connection = 'hooli'"))
                .isEqualTo("k2");

        assertThat(stores.reencrypt()).isEqualTo(3);
        assertThat(stores.reencrypt()).isZero();

        assertThat(sql.rows("SELECT connection, key_id, version FROM corekit_tokens ORDER BY connection"))
                .containsExactly(
                        Map.of("connection", "acme", "key_id", "k2", "version", 2L),
                        Map.of("connection", "globex", "key_id", "k2", "version", 2L),
                        Map.of("connection", "hooli", "key_id", "k2", "version", 1L),
                        Map.of("connection", "initech", "key_id", "k2", "version", 2L));
        // The retired key can go now.
        JdbcTokenStore newOnly = store(EncryptionKeys.current("k2", Keys.aes(2)));
        assertThat(newOnly.load("acme")).contains(Tokens.number(1));
        assertThat(newOnly.load("globex")).contains(Tokens.number(2));
        assertThat(newOnly.load("initech")).contains(Tokens.number(3));
        assertThat(newOnly.load("hooli")).contains(Tokens.number(4));
    }

    @Test
    void aMissingOrNonExtractableKeyIsRefusedNamingTheKeyId() {
        javax.crypto.SecretKey nonExtractable = new javax.crypto.SecretKey() {
            @Override
            public String getAlgorithm() {
                return "AES";
            }

            @Override
            public String getFormat() {
                return null;
            }

            @Override
            public byte[] getEncoded() {
                return null;
            }
        };

        assertThatThrownBy(() -> EncryptionKeys.current("k1", null))
                .isInstanceOfSatisfying(
                        CoreConfigurationException.class,
                        e -> assertThat(e.setting()).isEqualTo("encryption key k1"))
                .hasMessage("encryption key k1: is missing (null)");
        assertThatThrownBy(() -> K1.withRetired("k0", null)).isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> EncryptionKeys.current("hsm", nonExtractable))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessage("encryption key hsm: is not extractable (getEncoded() returned null, e.g. a key held by a"
                        + " hardware module): corekit encrypts with the JDK's AES-GCM, which needs the key's bytes");
    }

    @Test
    void reencryptNeedsACurrentKey() {
        assertThatThrownBy(() -> JdbcStores.builder(dataSource).build().reencrypt())
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessage("encryption: no current key to re-encrypt with");
    }

    @Test
    void keysNeverShowAndBadKeysAreRefusedWithoutQuotingThem() {
        EncryptionKeys keys = EncryptionKeys.current("k2", Keys.aes(0x2a)).withRetired("k1", Keys.aes(0x2a));
        String hex = HexFormat.of().formatHex(Keys.aes(0x2a).getEncoded());

        assertThat(keys).hasToString("EncryptionKeys{current=k2, keys=[k2, k1]}");
        assertThat(keys.keyIds()).containsExactly("k2", "k1");
        assertThat(EncryptionKeys.none()).hasToString("EncryptionKeys{none}");
        assertThat(JdbcStores.builder(dataSource).encryption(keys).build())
                .hasToString("JdbcStores{tables=corekit_*, encryption=EncryptionKeys{current=k2, keys=[k2, k1]}}");
        assertThat(keys.toString()).doesNotContain(hex);
        assertThatThrownBy(() -> EncryptionKeys.current("k1", new SecretKeySpec(new byte[15], "AES")))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessage("encryption key k1: must be an AES key of 16, 24 or 32 bytes (algorithm \"AES\")");
        assertThatThrownBy(() -> EncryptionKeys.current("k1", new SecretKeySpec(new byte[32], "HmacSHA256")))
                .isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> EncryptionKeys.current("k 1", Keys.aes(1)))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessage("encryption key id: must be 1 to 64 letters, digits, '.', '_' or '-'");
        assertThatThrownBy(() -> keys.withRetired("k1", Keys.aes(3)))
                .hasMessage("encryption key k1: the key id is given twice");
    }
}
