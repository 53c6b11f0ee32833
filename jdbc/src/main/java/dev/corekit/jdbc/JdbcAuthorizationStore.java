package dev.corekit.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.PendingAuthorization;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Started authorizations in one table ({@code corekit_pending_authorizations}), so that a callback completes on any
 * instance of the application. A row is found by the state's hash (the state itself is never stored); {@link #take}
 * spends it with one conditional {@code UPDATE ... WHERE taken_at IS NULL}, which exactly one caller wins however many
 * instances try at once, and leaves it as a tombstone so that a replay is told apart from an unknown state until
 * cleanup deletes it. The PKCE verifier is encrypted when {@link EncryptionKeys} are configured (bound to its state
 * hash); the application's values are stored in clear. Built by {@link JdbcStores}. Thread-safe.
 */
public final class JdbcAuthorizationStore implements AuthorizationStore {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<Map<String, String>> VALUES = new TypeReference<>() {};

    private final Transactions transactions;
    private final String table;
    private final SecretBox box;
    private final Duration retention;
    private final Duration lockTimeout;
    private final Clock clock;

    JdbcAuthorizationStore(
            Transactions transactions,
            String table,
            SecretBox box,
            Duration retention,
            Duration lockTimeout,
            Clock clock) {
        this.transactions = transactions;
        this.table = table;
        this.box = box;
        this.retention = retention;
        this.lockTimeout = lockTimeout;
        this.clock = clock;
    }

    @Override
    public void save(PendingAuthorization pending) {
        Objects.requireNonNull(pending, "pending");
        run("save", db -> {
            SecretBox.Sealed verifier = seal(pending.codeVerifier(), pending.stateHash());
            try (PreparedStatement insert = db.prepareStatement("INSERT INTO " + table
                    + " (state_hash, connection, redirect_uri, code_verifier, key_id, application_values, expires_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, pending.stateHash());
                insert.setString(2, pending.connection());
                insert.setString(3, pending.redirectUri());
                insert.setString(4, verifier.value());
                insert.setString(5, verifier.keyId());
                insert.setString(6, JSON.writeValueAsString(pending.applicationValues()));
                insert.setObject(7, JdbcTokenStore.timestamp(pending.expiresAt()));
                insert.executeUpdate();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings is always JSON", e);
            }
            return null;
        });
    }

    @Override
    public PendingAuthorization take(String stateHash, Instant now) {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(now, "now");
        PendingAuthorization taken = run("take", db -> {
            try (PreparedStatement update = db.prepareStatement("UPDATE " + table
                    + " SET taken_at = ? WHERE state_hash = ? AND taken_at IS NULL"
                    + " RETURNING connection, redirect_uri, code_verifier, key_id, application_values, expires_at")) {
                update.setObject(1, JdbcTokenStore.timestamp(now));
                update.setString(2, stateHash);
                try (ResultSet row = update.executeQuery()) {
                    return row.next() ? pending(stateHash, row) : null;
                }
            }
        });
        if (taken == null) {
            throw notPending(stateHash);
        }
        if (!now.isBefore(taken.expiresAt())) {
            throw expired();
        }
        return taken;
    }

    @Override
    public boolean discard(String stateHash) {
        Objects.requireNonNull(stateHash, "stateHash");
        return run("discard", db -> {
            try (PreparedStatement delete =
                    db.prepareStatement("DELETE FROM " + table + " WHERE state_hash = ? AND taken_at IS NULL")) {
                delete.setString(1, stateHash);
                return delete.executeUpdate() == 1;
            }
        });
    }

    /**
     * Deletes the authorizations that expired longer ago than the retention ({@link
     * JdbcStores.Builder#authorizationRetention}), taken or not; a callback for one of them is then UNKNOWN.
     *
     * @return how many were deleted
     */
    public int deleteExpired() {
        Instant cutoff = clock.instant().minus(retention);
        return run("deleteExpired", db -> {
            try (PreparedStatement delete = db.prepareStatement("DELETE FROM " + table + " WHERE expires_at <= ?")) {
                delete.setObject(1, JdbcTokenStore.timestamp(cutoff));
                return delete.executeUpdate();
            }
        });
    }

    /**
     * Rewrites every PKCE verifier of an authorization not yet taken that is not encrypted with the current key, in
     * one transaction that locks the rows in the order of their state hash and waits for each at most the lock timeout
     * ({@link JdbcStores.Builder#lockTimeout}). Verifiers of authorizations already taken stay under their key until
     * cleanup deletes them.
     *
     * @return how many rows were rewritten
     * @throws CoreConfigurationException when no key is configured
     * @throws JdbcStoreException when a row stayed locked longer than the lock timeout (SQLState {@code 55P03} in its
     *     cause; nothing was rewritten), or the database fails
     */
    public int reencrypt() {
        String currentKeyId = box.requireCurrentKeyId();
        return run("reencrypt", db -> {
            Transactions.boundLockWaits(db, lockTimeout);
            List<String[]> rows = new ArrayList<>();
            try (PreparedStatement select = db.prepareStatement("SELECT state_hash, code_verifier, key_id FROM " + table
                    + " WHERE taken_at IS NULL AND code_verifier IS NOT NULL AND (key_id IS NULL OR key_id <> ?)"
                    // One order for every instance: two passes at once wait for each other instead of deadlocking.
                    + " ORDER BY state_hash FOR UPDATE")) {
                select.setString(1, currentKeyId);
                try (ResultSet row = select.executeQuery()) {
                    while (row.next()) {
                        rows.add(new String[] {row.getString(1), row.getString(2), row.getString(3)});
                    }
                }
            }
            for (String[] row : rows) {
                SecretBox.Sealed sealed =
                        seal(box.openForRewrite(row[1], row[2], row[0], verifierName(row[0])), row[0]);
                try (PreparedStatement update = db.prepareStatement(
                        "UPDATE " + table + " SET code_verifier = ?, key_id = ? WHERE state_hash = ?")) {
                    update.setString(1, sealed.value());
                    update.setString(2, sealed.keyId());
                    update.setString(3, row[0]);
                    update.executeUpdate();
                }
            }
            return rows.size();
        });
    }

    private PendingAuthorization pending(String stateHash, ResultSet row) throws SQLException {
        String verifier = row.getString(3);
        Map<String, String> values;
        try {
            values = JSON.readValue(row.getString(5), VALUES);
        } catch (JsonProcessingException e) {
            throw new CoreException("the application values of a pending authorization of connection "
                    + row.getString(1) + " are not a JSON object of strings");
        }
        return new PendingAuthorization(
                stateHash,
                row.getString(1),
                row.getString(2),
                verifier == null ? null : box.open(verifier, row.getString(4), stateHash, verifierName(stateHash)),
                values,
                row.getObject(6, OffsetDateTime.class).toInstant());
    }

    /** How messages name a verifier: by a short prefix of its state hash, which is not a secret. */
    private static String verifierName(String stateHash) {
        return "the PKCE verifier of the authorization " + stateHash.substring(0, Math.min(8, stateHash.length()))
                + "...";
    }

    private SecretBox.Sealed seal(String verifier, String stateHash) {
        return verifier == null ? new SecretBox.Sealed(null, null) : box.seal(verifier, stateHash);
    }

    private AuthorizationStateException notPending(String stateHash) {
        Instant[] row = run("take", db -> {
            try (PreparedStatement select =
                    db.prepareStatement("SELECT expires_at, taken_at FROM " + table + " WHERE state_hash = ?")) {
                select.setString(1, stateHash);
                try (ResultSet found = select.executeQuery()) {
                    return found.next()
                            ? new Instant[] {
                                found.getObject(1, OffsetDateTime.class).toInstant(),
                                instant(found.getObject(2, OffsetDateTime.class))
                            }
                            : null;
                }
            }
        });
        if (row == null) {
            return new AuthorizationStateException(
                    Reason.UNKNOWN, "no authorization was started with this state (forged, or from another flow)");
        }
        // Taken at or after its expiry: it was refused as expired then, and stays so.
        return row[1].isBefore(row[0])
                ? new AuthorizationStateException(Reason.REPLAYED, "the state was already used")
                : expired();
    }

    private static Instant instant(OffsetDateTime timestamp) {
        return timestamp == null ? Instant.MIN : timestamp.toInstant();
    }

    private static AuthorizationStateException expired() {
        return new AuthorizationStateException(Reason.EXPIRED, "the authorization expired before its callback");
    }

    private <T> T run(String operation, Transactions.Work<T> work) {
        return transactions.run(
                work,
                e -> new JdbcStoreException(operation + " of a pending authorization failed in table " + table, e));
    }

    @Override
    public String toString() {
        return "JdbcAuthorizationStore{table=" + table + "}";
    }
}
