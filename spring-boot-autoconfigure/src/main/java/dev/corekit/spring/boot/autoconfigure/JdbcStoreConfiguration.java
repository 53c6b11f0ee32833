package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.jdbc.JdbcStoreException;
import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.spring.boot.autoconfigure.CorekitProperties.StoreType;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC stores on the application's {@code DataSource} (corekit-jdbc): when there is one (a single one, or one
 * marked primary), corekit-jdbc is on the class path, {@code corekit.store.type} is {@code auto} or {@code jdbc}, and
 * the application defines neither a {@link TokenStore} nor an {@link AuthorizationStore} of its own (then it keeps both
 * store beans apart from corekit's tables, and the other store is {@link DefaultStoreConfiguration}'s).
 *
 * <p>corekit-jdbc's stores need PostgreSQL: at start-up the {@code DataSource}'s product is read from a connection's
 * metadata. With {@code auto} a database of another product leaves the tokens in files (one WARN line says so); with
 * {@code jdbc} it stops the start-up. On PostgreSQL corekit's tables are created when
 * {@code corekit.store.jdbc.initialize-schema} says so, else their presence is checked.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcStores.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnMissingBean({TokenStore.class, AuthorizationStore.class})
@Conditional(StoreSelection.class)
class JdbcStoreConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcStoreConfiguration.class);
    private static final String OWN_STORES = "corekitJdbcStores";

    JdbcStoreConfiguration() {}

    @Bean(OWN_STORES)
    @ConditionalOnMissingBean
    JdbcStores corekitJdbcStores(DataSource dataSource, CorekitProperties properties) {
        return JdbcStoresFactory.build(dataSource, properties.getStore().getJdbc());
    }

    @Bean
    Stores corekitStores(
            JdbcStores stores,
            DataSource dataSource,
            CorekitProperties properties,
            ConfigurableListableBeanFactory beanFactory) {
        if (!beanFactory.containsBeanDefinition(OWN_STORES)) {
            // The application's own JdbcStores: its tables are its business.
            return new Stores(stores.tokenStore(), stores.authorizationStore());
        }
        CorekitProperties.Store store = properties.getStore();
        String product = product(dataSource);
        if (!product.equals("PostgreSQL")) {
            if (store.getType() == StoreType.JDBC) {
                throw new CorekitPropertiesException(
                        "corekit.store.type",
                        "is jdbc, but the DataSource is " + product + ", and corekit-jdbc's stores need PostgreSQL",
                        "Use a PostgreSQL DataSource, or set corekit.store.type to file or memory.");
            }
            LOG.warn(
                    "corekit keeps tokens in files: the DataSource is {}, and corekit-jdbc's stores need PostgreSQL;"
                            + " corekit.store.type chooses the store (file, memory, or jdbc on PostgreSQL)",
                    product);
            return new Stores(
                    DefaultStoreConfiguration.fileStore(store.getFile()),
                    new InMemoryAuthorizationStore(properties.getPendingLifetime()));
        }
        JdbcStoresFactory.prepare(stores, dataSource, store.getJdbc());
        return new Stores(stores.tokenStore(), stores.authorizationStore());
    }

    @Bean
    TokenStore corekitTokenStore(Stores stores) {
        return stores.tokens();
    }

    @Bean
    AuthorizationStore corekitAuthorizationStore(Stores stores) {
        return stores.authorizations();
    }

    /** {@return the database product of the data source, as its driver names it, e.g. {@code PostgreSQL}} */
    private static String product(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName();
        } catch (SQLException e) {
            throw new JdbcStoreException("could not read the database product of the DataSource", e);
        }
    }

    /** The stores corekit chose for the application's {@code DataSource}. */
    record Stores(TokenStore tokens, AuthorizationStore authorizations) {}
}
