package dev.corekit.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TransactionsTest {
    private final String schema = Postgres.newSchema();
    private final Connection real = open();
    private final DataSource single = new SingleConnection(real);
    private final JdbcTokenStore store;

    TransactionsTest() {
        JdbcStores stores = JdbcStores.builder(single).build();
        stores.createSchema();
        store = stores.tokenStore();
    }

    @AfterEach
    void close() throws SQLException {
        real.close();
    }

    @Test
    void anErrorInTheUpdatePropagatesRollsBackAndRestoresAutoCommit() throws SQLException {
        store.save("acme", Tokens.number(1));
        Error failure = new OutOfMemoryError("in the update");

        assertThatThrownBy(() -> store.update("acme", stored -> {
                    writeInside("acme");
                    throw failure;
                }))
                .isSameAs(failure)
                .satisfies(e -> assertThat(e.getSuppressed()).isEmpty());

        assertThat(real.getAutoCommit()).isTrue();
        assertUnchanged();
    }

    @Test
    void aCheckedExceptionThrownSneakilyRollsBackAndRestoresAutoCommit() throws SQLException {
        store.save("acme", Tokens.number(1));
        IOException failure = new IOException("in the update");

        assertThatThrownBy(() -> store.update("acme", stored -> {
                    writeInside("acme");
                    return sneaky(failure);
                }))
                .isSameAs(failure);

        assertThat(real.getAutoCommit()).isTrue();
        assertUnchanged();
    }

    @Test
    void aFailedRollbackIsSuppressedAndNeverReplacesTheOriginalFailure() throws SQLException {
        store.save("acme", Tokens.number(1));
        IllegalStateException failure = new IllegalStateException("in the update");

        assertThatThrownBy(() -> store.update("acme", stored -> {
                    writeInside("acme");
                    closeSilently(real);
                    throw failure;
                }))
                .isSameAs(failure)
                .satisfies(e -> assertThat(e.getSuppressed()).hasSizeGreaterThanOrEqualTo(1));

        assertThat(new Sql(Postgres.dataSource(schema))
                        .value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo(1L);
    }

    @Test
    void theTransactionIsReadCommittedWhateverTheSessionDefault() throws SQLException {
        try (var statement = real.createStatement()) {
            statement.execute("SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL SERIALIZABLE");
        }
        store.save("acme", Tokens.number(1));
        String[] seen = new String[1];

        store.update("acme", stored -> {
            seen[0] = isolation();
            return stored;
        });

        assertThat(seen[0]).isEqualTo("read committed");
        assertThat(isolation()).isEqualTo("serializable");
    }

    private void assertUnchanged() throws SQLException {
        assertThat(store.load("acme")).contains(Tokens.number(1));
        assertThat(new Sql(Postgres.dataSource(schema))
                        .value("SELECT version FROM corekit_tokens WHERE connection = 'acme'"))
                .isEqualTo(1L);
    }

    private void writeInside(String connection) {
        try (var statement = real.prepareStatement("UPDATE corekit_tokens SET version = 42 WHERE connection = ?")) {
            statement.setString(1, connection);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String isolation() {
        try (var statement = real.createStatement();
                var result = statement.executeQuery("SHOW transaction_isolation")) {
            result.next();
            return result.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void closeSilently(Connection connection) {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T, E extends Throwable> T sneaky(Throwable failure) throws E {
        throw (E) failure;
    }

    private Connection open() {
        try {
            return Postgres.dataSource(schema).getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Lends one real connection again and again, as a pool of one would; close() hands it back, open. */
    private static final class SingleConnection implements DataSource {
        private final Connection lent;

        SingleConnection(Connection connection) {
            this.lent = (Connection) Proxy.newProxyInstance(
                    Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("close")) {
                            return null;
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        @Override
        public Connection getConnection() {
            return lent;
        }

        @Override
        public Connection getConnection(String username, String password) {
            return lent;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {}

        @Override
        public void setLoginTimeout(int seconds) {}

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
