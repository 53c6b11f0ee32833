package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.auth.InMemoryAuthorizationStore;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenStore;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * The stores without the JDBC ones: tokens in files ({@code corekit.store.type} {@code auto} without a single
 * {@code DataSource} (or a primary one) or without corekit-jdbc, or {@code file}) or in memory ({@code memory}); started logins in memory, so a login's callback
 * must reach the instance that started it. Each backs off when the application defines its own; an application's own
 * store of one kind makes the other one of these. {@code corekit.store.type=jdbc} without a {@code DataSource} or
 * corekit-jdbc stops the start-up.
 */
@Configuration(proxyBeanMethods = false)
class DefaultStoreConfiguration {
    DefaultStoreConfiguration() {}

    @Bean
    @ConditionalOnMissingBean
    TokenStore corekitTokenStore(
            CorekitProperties properties,
            ObjectProvider<javax.sql.DataSource> dataSource,
            ObjectProvider<AuthorizationStore> authorizationStore,
            ResourceLoader resourceLoader) {
        CorekitProperties.Store store = properties.getStore();
        return switch (store.getType()) {
            case MEMORY -> new InMemoryTokenStore();
            case AUTO, FILE -> fileStore(store.getFile());
            case JDBC ->
                throw jdbcUnavailable(
                        dataSource.stream().count(),
                        authorizationStore.getIfAvailable() != null,
                        resourceLoader.getClassLoader());
        };
    }

    @Bean
    @ConditionalOnMissingBean
    AuthorizationStore corekitAuthorizationStore(CorekitProperties properties) {
        return new InMemoryAuthorizationStore(properties.getPendingLifetime());
    }

    /** {@return the file store in {@code corekit.store.file.directory}} */
    static FileTokenStore fileStore(CorekitProperties.File file) {
        Path directory = directory(file);
        try {
            return new FileTokenStore(directory);
        } catch (CoreConfigurationException e) {
            throw new CorekitPropertiesException(
                    List.of("corekit.store.file.directory"),
                    CoreAppFactory.problem(e),
                    "Set corekit.store.file.directory to a directory the application may create and write, or set"
                            + " corekit.store.type to jdbc or memory.",
                    e);
        }
    }

    private static Path directory(CorekitProperties.File file) {
        Path directory = file.getDirectory();
        return directory != null ? directory : Path.of(System.getProperty("user.home"), ".corekit", "tokens");
    }

    private static CorekitPropertiesException jdbcUnavailable(
            long dataSources, boolean ownAuthorizationStore, @Nullable ClassLoader classLoader) {
        boolean jdbcPresent = ClassUtils.isPresent("dev.corekit.jdbc.JdbcStores", classLoader);
        if (!jdbcPresent) {
            return new CorekitPropertiesException(
                    "corekit.store.type",
                    "is jdbc, but corekit-jdbc is not on the class path",
                    "Add the dependency dev.corekit:corekit-jdbc, or set corekit.store.type to auto, file or memory.");
        }
        if (dataSources == 0) {
            return new CorekitPropertiesException(
                    "corekit.store.type",
                    "is jdbc, but the application has no DataSource bean",
                    "Configure a DataSource (spring.datasource.url, or a DataSource bean), or set corekit.store.type"
                            + " to auto, file or memory.");
        }
        if (dataSources > 1) {
            return new CorekitPropertiesException(
                    "corekit.store.type",
                    "is jdbc, but the application has " + dataSources + " DataSource beans and none is primary",
                    "Mark the DataSource of corekit's tables @Primary, or set corekit.store.type to file or memory.");
        }
        if (ownAuthorizationStore) {
            return new CorekitPropertiesException(
                    "corekit.store.type",
                    "is jdbc, but the application defines its own AuthorizationStore bean, so corekit's JDBC stores"
                            + " back off",
                    "Define the TokenStore bean too (e.g. both from a JdbcStores bean of your own), or set"
                            + " corekit.store.type to file or memory.");
        }
        return new CorekitPropertiesException(
                "corekit.store.type",
                "is jdbc, but the JDBC stores did not apply",
                "Configure a DataSource (spring.datasource.url, or a DataSource bean), or set corekit.store.type to"
                        + " auto, file or memory.");
    }
}
