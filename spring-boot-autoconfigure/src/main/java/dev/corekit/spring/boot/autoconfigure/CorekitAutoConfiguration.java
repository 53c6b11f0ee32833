package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.metrics.CoreMetrics;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.spring.boot.CoreConnectionResolver;
import dev.corekit.spring.boot.CoreConnections;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;

/**
 * corekit's beans, each backing off when the application defines its own: the {@link CoreApp} built from the
 * {@code corekit.*} properties ({@link CorekitProperties}), its {@link TokenStore} and {@link AuthorizationStore}
 * (corekit-jdbc's {@code JdbcStores} on the application's {@code DataSource} when there is a single one, or a primary
 * one, of PostgreSQL, else a file store and an in-memory store; {@code corekit.store.type} chooses), and
 * {@link CoreConnections}. The app reports to every
 * {@link CoreMetrics} bean of the context.
 */
@AutoConfiguration(afterName = "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration")
@EnableConfigurationProperties(CorekitProperties.class)
@Import({JdbcStoreConfiguration.class, DefaultStoreConfiguration.class})
public final class CorekitAutoConfiguration {
    /** Created by Spring. */
    CorekitAutoConfiguration() {}

    @Bean(destroyMethod = "close")
    @ConditionalOnMissingBean
    CoreApp coreApp(
            CorekitProperties properties,
            TokenStore tokenStore,
            AuthorizationStore authorizationStore,
            ObjectProvider<CoreMetrics> metrics,
            ResourceLoader resourceLoader) {
        return CoreAppFactory.build(
                properties,
                tokenStore,
                authorizationStore,
                CompositeCoreMetrics.of(metrics.orderedStream().toList()),
                resourceLoader.getClassLoader());
    }

    /** {@link CoreConnections}, with the catalogue's {@code Core} facade. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "dev.corekit.client.Core")
    static class ConnectionsConfiguration {
        ConnectionsConfiguration() {}

        @Bean
        @ConditionalOnMissingBean
        CoreConnections coreConnections(
                CoreApp app, TokenStore tokenStore, ObjectProvider<CoreConnectionResolver> resolver) {
            return new CoreConnections(app, tokenStore, resolver::getIfAvailable, Clock.systemUTC());
        }
    }

    /** Masks corekit's secrets in the actuator's endpoints that show properties. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springframework.boot.actuate.endpoint.SanitizingFunction")
    static class SecretsConfiguration {
        SecretsConfiguration() {}

        @Bean
        SanitizingFunction corekitSecrets(Environment environment) {
            return new SecretProperties(environment);
        }
    }
}
