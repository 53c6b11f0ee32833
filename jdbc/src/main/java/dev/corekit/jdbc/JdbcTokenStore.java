package dev.corekit.jdbc;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.runtime.token.TokenUpdate;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every connection's tokens in one table ({@code corekit_tokens}), one row per connection, shared by every instance
 * of the application. {@link #update} is the refresh lock across instances: in one transaction it takes the
 * connection's row with {@code SELECT ... FOR UPDATE} (inserting the row first when there is none, so there is
 * something to lock), runs the update on the tokens stored then, writes what it returned and commits; any exception
 * rolls everything back. A caller waits for the lock at most the configured lock timeout ({@code SET LOCAL
 * lock_timeout}), then gets {@link RefreshLockTimeoutException}. Each write increments the row's {@code version}.
 *
 * <p>Tokens are stored as {@link TokenSet#toJson()}, encrypted when {@link EncryptionKeys} are configured. Built by
 * {@link JdbcStores}. Thread-safe; the statements are PostgreSQL's ({@code ON CONFLICT}).
 */
public final class JdbcTokenStore implements TokenStore {
    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";
    // A row deleted while we waited for it is inserted again; more rounds than this means something else is wrong.
    private static final int LOCK_ATTEMPTS = 10;

    private final Transactions transactions;
    private final String table;
    private final TokenCodec codec;
    private final Duration lockTimeout;
    private final @Nullable Duration refreshTokenLifetime;
    private final Clock clock;

    JdbcTokenStore(
            Transactions transactions,
            String table,
            SecretBox box,
            Duration lockTimeout,
            @Nullable Duration refreshTokenLifetime,
            Clock clock) {
        this.transactions = transactions;
        this.table = table;
        this.codec = new TokenCodec(box);
        this.lockTimeout = lockTimeout;
        this.refreshTokenLifetime = refreshTokenLifetime;
        this.clock = clock;
    }

    @Override
    public Optional<TokenSet> load(String connection) {
        Objects.requireNonNull(connection, "connection");
        return run("load", connection, db -> {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT tokens, key_id FROM " + table + " WHERE connection = ?")) {
                select.setString(1, connection);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? read(connection, row) : Optional.<TokenSet>empty();
                }
            }
        });
    }

    /**
     * Inserts or replaces the row of {@code connection} (an upsert), one version more; waits for an update under way.
     *
     * @throws JdbcStoreException naming {@code save} when an update held the row longer than the lock timeout (SQLState
     *     {@code 55P03} in its cause), or the database fails
     */
    @Override
    public void save(String connection, TokenSet tokens) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(tokens, "tokens");
        run("save", connection, db -> {
            // Waits for the row lock of an update under way; bounded, so that a save inside an update fails, not hangs.
            boundLockWaits(db);
            SecretBox.Sealed sealed = codec.write(connection, tokens);
            try (PreparedStatement upsert = db.prepareStatement("INSERT INTO " + table
                    + " (connection, tokens, key_id, version, expires_at, refreshable, updated_at)"
                    + " VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (connection) DO UPDATE SET tokens = EXCLUDED.tokens,"
                    + " key_id = EXCLUDED.key_id, version = " + table + ".version + 1,"
                    + " expires_at = EXCLUDED.expires_at, refreshable = EXCLUDED.refreshable,"
                    + " updated_at = EXCLUDED.updated_at")) {
                upsert.setString(1, connection);
                upsert.setString(2, sealed.value());
                upsert.setString(3, sealed.keyId());
                upsert.setObject(4, timestamp(tokens.expiresAt()));
                upsert.setBoolean(5, tokens.refreshToken() != null);
                upsert.setObject(6, timestamp(clock.instant()));
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Deletes the row of {@code connection}; waits for an update under way.
     *
     * @throws JdbcStoreException naming {@code delete} when an update held the row longer than the lock timeout
     *     (SQLState {@code 55P03} in its cause), or the database fails
     */
    @Override
    public void delete(String connection) {
        Objects.requireNonNull(connection, "connection");
        run("delete", connection, db -> {
            boundLockWaits(db);
            return deleteRow(db, connection);
        });
    }

    /**
     * Runs {@code update} holding the row lock of {@code connection} in one transaction, as {@link TokenStore#update}
     * describes; every instance that shares the table waits for it.
     *
     * @throws RefreshLockTimeoutException when the lock was not obtained within the lock timeout
     * @throws JdbcStoreException when the database fails; nothing was changed
     */
    @Override
    public Optional<TokenSet> update(String connection, TokenUpdate update) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(update, "update");
        return runLocking("update", connection, db -> {
            LockedRow row = lock(db, connection);
            Optional<TokenSet> stored = row.value() == null
                    ? Optional.empty()
                    : Optional.of(codec.read(connection, row.value(), row.keyId()));
            Optional<TokenSet> result = Objects.requireNonNull(update.apply(stored), "the update returned null");
            if (result.isEmpty()) {
                if (stored.isPresent() || row.inserted()) {
                    deleteRow(db, connection);
                }
            } else if (stored.isEmpty() || result.get() != stored.get()) {
                write(db, connection, result.get(), true);
            }
            return result;
        });
    }

    /**
     * Deletes the tokens that can no longer be used: those whose access token has expired and that have no refresh
     * token; and, only when {@link JdbcStores.Builder#refreshTokenLifetime} is set, those whose access token has
     * expired and that were not written for longer than that lifetime (their refresh token is presumed expired; a
     * refresh writes the row, re-encryption does not). A valid access token is never deleted.
     *
     * @return how many connections' tokens were deleted
     */
    public int deleteExpired() {
        Instant now = clock.instant();
        return run("deleteExpired", "*", db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE expires_at <= ?"
                    + (refreshTokenLifetime == null
                            ? " AND refreshable = FALSE"
                            : " AND (refreshable = FALSE OR updated_at <= ?)"))) {
                delete.setObject(1, timestamp(now));
                if (refreshTokenLifetime != null) {
                    delete.setObject(2, timestamp(now.minus(refreshTokenLifetime)));
                }
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Rewrites, each under its row lock, every connection's tokens not encrypted with the current key.
     *
     * @return how many rows were rewritten
     * @throws CoreConfigurationException when no key is configured
     */
    public int reencrypt() {
        String currentKeyId = codec.requireCurrentKeyId();
        int rewritten = 0;
        for (String connection : staleConnections(currentKeyId)) {
            boolean done = runLocking("reencrypt", connection, db -> {
                LockedRow row = lock(db, connection);
                if (row.value() == null || !codec.stale(row.keyId())) {
                    if (row.inserted()) {
                        deleteRow(db, connection);
                    }
                    return false;
                }
                // Not a use of the tokens: the write time (what the age-based cleanup reads) stays.
                write(db, connection, codec.readForRewrite(connection, row.value(), row.keyId()), false);
                return true;
            });
            rewritten += done ? 1 : 0;
        }
        return rewritten;
    }

    private List<String> staleConnections(String currentKeyId) {
        return run("reencrypt", "*", db -> {
            try (PreparedStatement select = db.prepareStatement("SELECT connection FROM " + table
                    + " WHERE tokens IS NOT NULL AND (key_id IS NULL OR key_id <> ?)")) {
                select.setString(1, currentKeyId);
                List<String> connections = new ArrayList<>();
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        connections.add(rows.getString(1));
                    }
                }
                return connections;
            }
        });
    }

    /** The row of a connection, locked until the transaction ends: its stored column ({@code null}: no tokens). */
    private record LockedRow(String value, String keyId, boolean inserted) {}

    /** Bounds every lock wait of this transaction by the lock timeout. */
    private void boundLockWaits(Connection db) throws SQLException {
        Transactions.boundLockWaits(db, lockTimeout);
    }

    private LockedRow lock(Connection db, String connection) throws SQLException {
        boundLockWaits(db);
        boolean inserted = false;
        for (int attempt = 0; attempt < LOCK_ATTEMPTS; attempt++) {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT tokens, key_id FROM " + table + " WHERE connection = ? FOR UPDATE")) {
                select.setString(1, connection);
                try (ResultSet row = select.executeQuery()) {
                    if (row.next()) {
                        return new LockedRow(row.getString(1), row.getString(2), inserted);
                    }
                }
            }
            // No row yet, or the holder we waited for deleted it: insert one (or wait for a concurrent insert) to lock.
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table
                    + " (connection, version, refreshable, updated_at) VALUES (?, 0, FALSE, ?)"
                    + " ON CONFLICT (connection) DO NOTHING")) {
                insert.setString(1, connection);
                insert.setObject(2, timestamp(clock.instant()));
                inserted = insert.executeUpdate() == 1;
            }
        }
        throw new SQLException("the row of connection " + connection + " kept disappearing while it was locked");
    }

    private Optional<TokenSet> read(String connection, ResultSet row) throws SQLException {
        String value = row.getString(1);
        return value == null ? Optional.empty() : Optional.of(codec.read(connection, value, row.getString(2)));
    }

    /** @param touch whether the row's write time becomes now; else it stays */
    private void write(Connection db, String connection, TokenSet tokens, boolean touch) throws SQLException {
        SecretBox.Sealed sealed = codec.write(connection, tokens);
        try (PreparedStatement update = db.prepareStatement("UPDATE " + table
                + " SET tokens = ?, key_id = ?, version = version + 1, expires_at = ?, refreshable = ?,"
                + " updated_at = COALESCE(?::timestamptz, updated_at) WHERE connection = ?")) {
            update.setString(1, sealed.value());
            update.setString(2, sealed.keyId());
            update.setObject(3, timestamp(tokens.expiresAt()));
            update.setBoolean(4, tokens.refreshToken() != null);
            update.setObject(5, touch ? timestamp(clock.instant()) : null);
            update.setString(6, connection);
            update.executeUpdate();
        }
    }

    private Void deleteRow(Connection db, String connection) throws SQLException {
        try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE connection = ?")) {
            delete.setString(1, connection);
            delete.executeUpdate();
        }
        return null;
    }

    private <T> T run(String operation, String connection, Transactions.Work<T> work) {
        return transactions.run(work, e -> failure(operation, connection, e));
    }

    /** Like {@link #run}, for the operations that take the refresh lock: its timeout is a {@link RefreshLockTimeoutException}. */
    private <T> T runLocking(String operation, String connection, Transactions.Work<T> work) {
        return transactions.run(
                work,
                e -> POSTGRES_LOCK_NOT_AVAILABLE.equals(e.getSQLState())
                        ? new RefreshLockTimeoutException(connection, lockTimeout, e)
                        : failure(operation, connection, e));
    }

    private JdbcStoreException failure(String operation, String connection, SQLException e) {
        return new JdbcStoreException(
                operation + " of the tokens of connection " + connection + " failed in table " + table, e);
    }

    static OffsetDateTime timestamp(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public String toString() {
        return "JdbcTokenStore{table=" + table + "}";
    }
}
