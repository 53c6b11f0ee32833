package dev.corekit.spring.boot.actuate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Markers in the application's PostgreSQL database, beside corekit's token table, so that every instance sees the
 * refusals any instance found: one row per marked connection in {@code {prefix}reauthorizations}, created with
 * corekit's tables (see {@code ReauthorizationsTable} of the auto-configuration).
 */
final class JdbcReauthorizationMarkers extends ReauthorizationMarkers {
    private final DataSource dataSource;
    private final String table;

    /**
     * Markers in the table {@code {tablePrefix}reauthorizations}.
     *
     * @param tablePrefix the token store's table prefix, a plain identifier (checked where it is configured)
     */
    JdbcReauthorizationMarkers(DataSource dataSource, String tablePrefix, Clock clock) {
        super(clock);
        this.dataSource = dataSource;
        this.table = tablePrefix + "reauthorizations";
    }

    @Override
    void mark(String connection, Instant requiredAt) {
        String sql = "INSERT INTO " + table + " (connection, required_at) VALUES (?, ?)"
                + " ON CONFLICT (connection) DO UPDATE SET required_at = EXCLUDED.required_at";
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, connection);
            // PostgreSQL keeps microseconds: the marker read back is the one written.
            statement.setObject(2, OffsetDateTime.ofInstant(requiredAt.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("could not write to " + table, e);
        }
    }

    @Override
    Map<String, Instant> marked() {
        Map<String, Instant> marked = new LinkedHashMap<>();
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement =
                        db.prepareStatement("SELECT connection, required_at FROM " + table + " ORDER BY connection");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                marked.put(
                        rows.getString(1),
                        rows.getObject(2, OffsetDateTime.class).toInstant());
            }
        } catch (SQLException e) {
            throw failure("could not read " + table, e);
        }
        return marked;
    }

    @Override
    void clear(String connection, Instant requiredAt) {
        // Only the marker that was read: a refusal found since then stays marked.
        String sql = "DELETE FROM " + table + " WHERE connection = ? AND required_at = ?";
        try (Connection db = dataSource.getConnection();
                PreparedStatement statement = db.prepareStatement(sql)) {
            statement.setString(1, connection);
            statement.setObject(2, OffsetDateTime.ofInstant(requiredAt, ZoneOffset.UTC));
            statement.executeUpdate();
        } catch (SQLException e) {
            throw failure("could not delete from " + table, e);
        }
    }

    /** The table holds connection names and times only: the driver's message may be passed on. */
    private static IllegalStateException failure(String what, SQLException e) {
        return new IllegalStateException(what, e);
    }

    @Override
    public String toString() {
        return "JdbcReauthorizationMarkers{" + table + "}";
    }
}
