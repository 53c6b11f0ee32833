package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * corekit's stores in one SQL database, configured once: {@link #tokenStore()} for every connection's tokens and
 * {@link #authorizationStore()} for started authorizations, both in tables named by a prefix ({@code corekit_tokens},
 * {@code corekit_pending_authorizations}), both encrypting their secrets with the same {@link EncryptionKeys}. The
 * application passes a {@link DataSource} (a pool of its choice); corekit borrows a connection per operation. Every
 * instance of the application builds this with the same settings and database. Thread-safe.
 *
 * <pre>{@code
 * JdbcStores stores = JdbcStores.builder(dataSource)
 *         .encryption(EncryptionKeys.current("2026-12", key))
 *         .build();
 * stores.createSchema();
 * }</pre>
 */
public final class JdbcStores {
    // The advisory lock key of createSchema, the same in every corekit instance: "corekit" in ASCII.
    private static final long SCHEMA_LOCK = 0x636f72656b6974L;

    private final Transactions transactions;
    private final Tables tables;
    private final EncryptionKeys encryption;
    private final JdbcTokenStore tokenStore;
    private final JdbcAuthorizationStore authorizationStore;

    private JdbcStores(Builder builder) {
        this.transactions = new Transactions(builder.dataSource);
        this.tables = new Tables(builder.tablePrefix);
        this.encryption = builder.encryption;
        this.tokenStore = new JdbcTokenStore(
                transactions,
                tables.tokens(),
                new SecretBox(builder.encryption, "tokens", tables.tokens(), builder.requireEncryption),
                builder.lockTimeout,
                builder.refreshTokenLifetime,
                builder.clock);
        this.authorizationStore = new JdbcAuthorizationStore(
                transactions,
                tables.pendingAuthorizations(),
                new SecretBox(
                        builder.encryption,
                        "pending-authorization",
                        tables.pendingAuthorizations(),
                        builder.requireEncryption),
                builder.authorizationRetention,
                builder.lockTimeout,
                builder.clock);
    }

    /**
     * Settings for stores in the database {@code dataSource} reaches.
     *
     * @param dataSource the database the stores keep their tables in (see {@link #createSchema()})
     * @return the settings, all but the data source at their defaults
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** {@return the store of every connection's tokens} */
    public JdbcTokenStore tokenStore() {
        return tokenStore;
    }

    /** {@return the store of started authorizations} */
    public JdbcAuthorizationStore authorizationStore() {
        return authorizationStore;
    }

    /**
     * {@return the prefix of the table names, e.g. {@code corekit_}} It passed {@link Builder#tablePrefix}'s check
     * (letters, digits and {@code _}), so tables of other modules named with it can be spliced into SQL.
     */
    public String tablePrefix() {
        return tables.prefix();
    }

    /**
     * Creates the tables (and index) of the schema script, {@code dev/corekit/jdbc/postgresql.sql}, with this prefix,
     * where they do not exist yet; safe to run from every instance at start-up, at once: each instance first takes
     * a transaction-scoped advisory lock of the database ({@code pg_advisory_xact_lock}), so one creates and the others
     * then find the tables.
     *
     * @throws JdbcStoreException when the database refuses a statement
     */
    public void createSchema() {
        transactions.run(
                connection -> {
                    try (Statement statement = connection.createStatement()) {
                        // Concurrent CREATE ... IF NOT EXISTS of one name fails (duplicate pg_type row); serialise.
                        statement.execute("SELECT pg_advisory_xact_lock(" + SCHEMA_LOCK + ")");
                        for (String sql : tables.schemaStatements()) {
                            statement.execute(sql);
                        }
                    }
                    return null;
                },
                e -> new JdbcStoreException("could not create the tables " + tables, e));
    }

    /**
     * Deletes what can no longer be used (see {@link JdbcTokenStore#deleteExpired()} and {@link
     * JdbcAuthorizationStore#deleteExpired()}). Run it from a scheduler, e.g. hourly from one instance (running it
     * from several at once is harmless).
     *
     * @return how many rows were deleted
     */
    public Cleanup deleteExpired() {
        return new Cleanup(tokenStore.deleteExpired(), authorizationStore.deleteExpired());
    }

    /**
     * How many rows {@link #deleteExpired()} deleted.
     *
     * @param tokens the token rows deleted
     * @param pendingAuthorizations the pending authorizations deleted
     */
    public record Cleanup(int tokens, int pendingAuthorizations) {}

    /**
     * Rewrites every secret not encrypted with the current key (written under a retired key, or in clear) with the
     * current key: every connection's tokens, and the PKCE verifiers of authorizations not yet taken (those of taken
     * ones stay under their key until {@link #deleteExpired()} deletes them; they are never read again). The last step
     * of a key rotation, after which retired keys can be dropped.
     *
     * @return how many rows were rewritten
     * @throws CoreConfigurationException when no key is configured
     */
    public int reencrypt() {
        return tokenStore.reencrypt() + authorizationStore.reencrypt();
    }

    /** Shows the tables and the key ids, never a key. */
    @Override
    public String toString() {
        return "JdbcStores{tables=" + tables + ", encryption=" + encryption + "}";
    }

    /** Settings of {@link JdbcStores}; every one has a default but the data source. */
    public static final class Builder {
        private static final Duration MAX_LOCK_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

        private final DataSource dataSource;
        private String tablePrefix = Tables.DEFAULT_PREFIX;
        private EncryptionKeys encryption = EncryptionKeys.none();
        private Duration lockTimeout = Duration.ofSeconds(30);
        private @Nullable Duration refreshTokenLifetime;
        private Duration authorizationRetention = Duration.ofHours(1);
        private Clock clock = Clock.systemUTC();
        private boolean requireEncryption;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /**
         * The prefix of the table names, {@code corekit_} by default: letters, digits and {@code _}. The schema (or
         * search path) is the data source's.
         *
         * @param tablePrefix the prefix
         * @return this builder
         */
        public Builder tablePrefix(String tablePrefix) {
            this.tablePrefix = tablePrefix;
            return this;
        }

        /**
         * The keys that encrypt tokens and PKCE verifiers; {@link EncryptionKeys#none()} (in clear) by default.
         *
         * @param encryption the keys
         * @return this builder
         */
        public Builder encryption(EncryptionKeys encryption) {
            this.encryption = Objects.requireNonNull(encryption, "encryption");
            return this;
        }

        /**
         * How long {@link JdbcTokenStore#update} waits for a connection's row lock before it throws {@link
         * RefreshLockTimeoutException} (and a re-encryption for a row lock before it gives up); 30 seconds by default, from a millisecond to 2147483647 milliseconds (PostgreSQL's
         * {@code lock_timeout} range).
         *
         * @param lockTimeout the longest wait
         * @return this builder
         */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = lockTimeout;
            return this;
        }

        /**
         * How long a refresh token stays valid without use; unset by default. When set, cleanup also deletes tokens
         * whose access token expired and that were not written for longer (an idle connection whose refresh token may
         * still be valid is then logged out: CORE does not document the lifetime; set only the one your app sees).
         * Unset (or {@code null}), cleanup deletes only expired access tokens without a refresh token.
         *
         * @param refreshTokenLifetime the lifetime, or {@code null} for none
         * @return this builder
         */
        public Builder refreshTokenLifetime(@Nullable Duration refreshTokenLifetime) {
            this.refreshTokenLifetime = refreshTokenLifetime;
            return this;
        }

        /**
         * How long a pending authorization is kept after it expired, 1 hour by default: until then a late or repeated
         * callback is told EXPIRED or REPLAYED rather than UNKNOWN.
         *
         * @param authorizationRetention how long an expired authorization is kept
         * @return this builder
         */
        public Builder authorizationRetention(Duration authorizationRetention) {
            this.authorizationRetention = authorizationRetention;
            return this;
        }

        /**
         * Refuses to read tokens or PKCE verifiers stored in clear ({@code key_id} NULL) with a {@link
         * DecryptionException}, so that nobody who can write the tables plants tokens (or an API endpoint) in clear;
         * needs {@link #encryption}. Rows written before a key was configured are in clear: turn this on after {@link
         * JdbcStores#reencrypt()} rewrote them (reencrypt still reads clear rows with it on). Off by default.
         *
         * @return this builder
         */
        public Builder requireEncryption() {
            this.requireEncryption = true;
            return this;
        }

        /**
         * The clock of write times, expiries and cleanup; the system UTC clock by default.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * {@return the stores}
         *
         * @throws CoreConfigurationException when the table prefix is not a plain identifier, a duration is out of
         *     range, or encryption is required without a key
         */
        public JdbcStores build() {
            positive("lockTimeout", lockTimeout);
            if (lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
                throw new CoreConfigurationException(
                        "lockTimeout", "must be at most 2147483647 milliseconds (PostgreSQL's lock_timeout range)");
            }
            if (refreshTokenLifetime != null) {
                positive("refreshTokenLifetime", refreshTokenLifetime);
            }
            positive("authorizationRetention", authorizationRetention);
            if (requireEncryption && !encryption.encrypts()) {
                throw new CoreConfigurationException("requireEncryption", "needs a current key (encryption(...))");
            }
            return new JdbcStores(this);
        }

        private static void positive(String setting, Duration value) {
            if (value == null || value.compareTo(Duration.ofMillis(1)) < 0) {
                throw new CoreConfigurationException(setting, "must be at least one millisecond");
            }
        }
    }
}
