package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.jdbc.EncryptionKeys;
import dev.corekit.jdbc.JdbcStoreException;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.spring.boot.autoconfigure.CorekitProperties.InitializeSchema;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.springframework.util.ClassUtils;

/**
 * Builds {@link JdbcStores} from {@code corekit.store.jdbc.*}, and creates their schema when asked or checks that it
 * exists.
 */
final class JdbcStoresFactory {
    private static final String PREFIX = "corekit.store.jdbc.";
    // PostgreSQL's SQLSTATE of a relation that does not exist.
    private static final String UNDEFINED_TABLE = "42P01";
    private static final boolean BOOT_JDBC = ClassUtils.isPresent(
            "org.springframework.boot.jdbc.EmbeddedDatabaseConnection", JdbcStoresFactory.class.getClassLoader());

    private JdbcStoresFactory() {}

    static JdbcStores build(DataSource dataSource, CorekitProperties.Jdbc jdbc) {
        JdbcStores.Builder builder = JdbcStores.builder(dataSource)
                .lockTimeout(jdbc.getLockTimeout())
                .authorizationRetention(jdbc.getAuthorizationRetention())
                .refreshTokenLifetime(jdbc.getRefreshTokenLifetime());
        JdbcStores stores;
        try {
            builder.tablePrefix(jdbc.getTablePrefix()).encryption(encryption(jdbc.getEncryption()));
            if (jdbc.isRequireEncryption()) {
                builder.requireEncryption();
            }
            stores = builder.build();
        } catch (CoreConfigurationException e) {
            throw translate(e);
        }
        return stores;
    }

    /**
     * Prepares the database of the stores {@link #build} made: creates corekit's tables when
     * {@code corekit.store.jdbc.initialize-schema} says so, else checks that they exist, so that a missing schema stops
     * the start-up rather than the first login.
     */
    static void prepare(JdbcStores stores, DataSource dataSource, CorekitProperties.Jdbc jdbc) {
        if (initializesSchema(jdbc.getInitializeSchema(), dataSource)) {
            stores.createSchema();
            // The table where the health contributor marks connections that need a new login, for every instance.
            ReauthorizationsTable.create(dataSource, stores.tablePrefix());
            return;
        }
        List<String> missing = missingTables(dataSource, stores.tablePrefix());
        if (!missing.isEmpty()) {
            throw new CorekitPropertiesException(
                    PREFIX + "initialize-schema",
                    "is " + jdbc.getInitializeSchema().name().toLowerCase(Locale.ROOT)
                            + ", and the database has no table " + String.join(", ", missing),
                    "Set corekit.store.jdbc.initialize-schema to always, or run corekit-jdbc's"
                            + " dev/corekit/jdbc/postgresql.sql and the starter's dev/corekit/spring/boot/postgresql.sql"
                            + " (both in their jars; with the table prefix of corekit.store.jdbc.table-prefix) with your"
                            + " database migrations.");
        }
    }

    /** {@return the tables of the JDBC stores that the data source does not see, by name} */
    private static List<String> missingTables(DataSource dataSource, String prefix) {
        List<String> missing = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (String table : List.of(prefix + "tokens", prefix + "pending_authorizations")) {
                try {
                    statement
                            .executeQuery("SELECT * FROM " + table + " LIMIT 0")
                            .close();
                } catch (SQLException e) {
                    if (!UNDEFINED_TABLE.equals(e.getSQLState())) {
                        throw e;
                    }
                    missing.add(table);
                }
            }
        } catch (SQLException e) {
            throw new JdbcStoreException("could not check corekit's tables", e);
        }
        return missing;
    }

    /**
     * {@return whether corekit creates its tables in {@code dataSource} at start-up} {@code always}: yes;
     * {@code embedded}: only in an embedded database (H2, HSQL, Derby, as Spring Boot tells); {@code never}: no.
     */
    static boolean initializesSchema(InitializeSchema mode, DataSource dataSource) {
        return switch (mode) {
            case ALWAYS -> true;
            case NEVER -> false;
            case EMBEDDED ->
                BOOT_JDBC && org.springframework.boot.jdbc.EmbeddedDatabaseConnection.isEmbedded(dataSource);
        };
    }

    private static EncryptionKeys encryption(CorekitProperties.Encryption encryption) {
        String keyId = encryption.getKeyId();
        String key = encryption.getKey();
        if (key == null && keyId == null) {
            if (!encryption.getRetired().isEmpty()) {
                throw new CorekitPropertiesException(
                        List.of(PREFIX + "encryption.key", PREFIX + "encryption.retired"),
                        "retired keys are set without a current key",
                        "Set corekit.store.jdbc.encryption.key-id and corekit.store.jdbc.encryption.key to the current"
                                + " key, or remove the retired keys.",
                        null);
            }
            return EncryptionKeys.none();
        }
        if (keyId == null || keyId.isBlank()) {
            throw new CorekitPropertiesException(
                    PREFIX + "encryption.key-id",
                    "is required with corekit.store.jdbc.encryption.key",
                    "Set corekit.store.jdbc.encryption.key-id to the id of the current key, e.g. 2026-12.");
        }
        if (key == null || key.isBlank()) {
            throw new CorekitPropertiesException(
                    PREFIX + "encryption.key",
                    "is required with corekit.store.jdbc.encryption.key-id",
                    "Set corekit.store.jdbc.encryption.key to a base64 AES key of 16, 24 or 32 bytes, from a secret"
                            + " store.");
        }
        EncryptionKeys keys = EncryptionKeys.current(keyId, aesKey(PREFIX + "encryption.key", key));
        for (Map.Entry<String, String> retired : encryption.getRetired().entrySet()) {
            keys = keys.withRetired(
                    retired.getKey(), aesKey(PREFIX + "encryption.retired." + retired.getKey(), retired.getValue()));
        }
        return keys;
    }

    /** The AES key a property holds in base64; the messages never show it. */
    private static SecretKeySpec aesKey(String property, String base64) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new CorekitPropertiesException(
                    property,
                    "is not base64 (its value is not shown)",
                    "Set " + property + " to an AES key of 16, 24 or 32 bytes in base64, e.g. the output of"
                            + " 'openssl rand -base64 32'.");
        }
        if (bytes.length != 16 && bytes.length != 24 && bytes.length != 32) {
            throw new CorekitPropertiesException(
                    property,
                    "is not an AES key: it decodes to " + bytes.length + " bytes, not 16, 24 or 32 (its value is not"
                            + " shown)",
                    "Set " + property + " to an AES key of 16, 24 or 32 bytes in base64, e.g. the output of"
                            + " 'openssl rand -base64 32'.");
        }
        return new SecretKeySpec(bytes, "AES");
    }

    private static CorekitPropertiesException translate(CoreConfigurationException e) {
        String setting = e.setting();
        String property;
        if (setting.equals("encryption key id")) {
            property = PREFIX + "encryption.key-id";
        } else if (setting.startsWith("encryption")) {
            property = PREFIX + "encryption.key";
        } else {
            property = PREFIX + CoreAppFactory.kebab(setting);
        }
        return CoreAppFactory.translate(e, property);
    }
}
