package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.jdbc.JdbcStores;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.token.TokenStore;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The JDBC stores on the application's {@code DataSource} (corekit-jdbc): when there is one, corekit-jdbc is on the
 * class path and {@code corekit.store.type} is {@code auto} or {@code jdbc}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(JdbcStores.class)
@ConditionalOnBean(DataSource.class)
@Conditional(StoreSelection.class)
class JdbcStoreConfiguration {
    JdbcStoreConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    JdbcStores corekitJdbcStores(DataSource dataSource, CorekitProperties properties) {
        return JdbcStoresFactory.build(dataSource, properties.getStore().getJdbc());
    }

    @Bean
    @ConditionalOnMissingBean
    TokenStore corekitTokenStore(JdbcStores stores) {
        return stores.tokenStore();
    }

    @Bean
    @ConditionalOnMissingBean
    AuthorizationStore corekitAuthorizationStore(JdbcStores stores) {
        return stores.authorizationStore();
    }
}
