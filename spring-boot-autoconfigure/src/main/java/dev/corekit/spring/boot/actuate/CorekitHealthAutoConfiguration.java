package dev.corekit.spring.boot.actuate;

import dev.corekit.jdbc.JdbcStores;
import dev.corekit.jdbc.JdbcTokenStore;
import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.spring.boot.autoconfigure.CorekitAutoConfiguration;
import dev.corekit.spring.boot.autoconfigure.CorekitProperties;
import dev.corekit.spring.boot.autoconfigure.CorekitPropertiesException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.autoconfigure.contributor.HealthContributorAutoConfiguration;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The {@code corekit} health contributor: whether the identity server answers, and how many connections need a new
 * login. Those connections are marked when corekit finds their refresh refused, by a {@code CoreMetrics} bean
 * ({@code corekitReauthorizationMarkers}) that the auto-configured {@code CoreApp} reports to: in the table
 * {@code {prefix}reauthorizations} of the application's database when corekit's JDBC stores are used, with the table
 * prefix of the {@code JdbcStores} bean (the application's own, or {@code corekit.store.jdbc.table-prefix}): created
 * with corekit's tables when {@code corekit.store.jdbc.initialize-schema} asks, else by the application's migrations
 * from the script {@code dev/corekit/spring/boot/postgresql.sql} of this jar; so that every instance counts them, and
 * in memory otherwise (another token store in use, such as the file store beside a DataSource that is not
 * PostgreSQL). Turned off with {@code management.health.corekit.enabled=false}; backs off when the application
 * defines a bean named {@code corekitHealthIndicator} (or
 * {@code corekitHealthContributor}), as Boot's own contributors do.
 *
 * <p>The contributor is DOWN when CORE's identity server does not answer, which turns Boot's aggregate
 * {@code /actuator/health} DOWN too: have a load balancer or Kubernetes probe {@code /actuator/health/readiness} and
 * {@code /actuator/health/liveness} (served unless {@code management.endpoint.health.probes.enabled=false}), or a
 * health group without {@code corekit}, so that an outage of CORE does not take the application's instances out of
 * service.
 */
@AutoConfiguration(after = {CorekitAutoConfiguration.class, HealthContributorAutoConfiguration.class})
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean({CoreApp.class, TokenStore.class})
@ConditionalOnEnabledHealthIndicator("corekit")
@EnableConfigurationProperties(CorekitHealthProperties.class)
public final class CorekitHealthAutoConfiguration {
    private static final String MARKERS = "corekitReauthorizationMarkers";

    /** Created by Spring. */
    CorekitHealthAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean(name = {"corekitHealthIndicator", "corekitHealthContributor"})
    HealthIndicator corekitHealthIndicator(
            CorekitProperties corekit,
            CorekitHealthProperties health,
            TokenStore tokenStore,
            ReauthorizationMarkers markers,
            ObjectProvider<Clock> clock) {
        Duration timeout = health.getIdentityServerTimeout();
        if (timeout == null || timeout.compareTo(Duration.ofMillis(1)) < 0) {
            throw new CorekitPropertiesException(
                    "corekit.health.identity-server-timeout",
                    "must be at least 1ms, was " + timeout,
                    "Set corekit.health.identity-server-timeout to a positive duration, e.g. 2s.");
        }
        Duration cache = health.getCache();
        if (cache == null || cache.isNegative()) {
            throw new CorekitPropertiesException(
                    "corekit.health.cache",
                    "must be zero or more, was " + cache,
                    "Set corekit.health.cache to a duration such as 10s (0 checks on every request).");
        }
        String identityServer = corekit.getIdentityServer();
        return new CorekitHealthIndicator(
                identityServer == null ? CoreClient.DEFAULT_IDENTITY_SERVER : URI.create(identityServer),
                timeout,
                cache,
                clock.getIfUnique(Clock::systemUTC),
                tokenStore,
                markers);
    }

    /** Markers of this process, when the tokens are not kept in corekit's JDBC stores (registered after those). */
    @Bean(name = MARKERS)
    @ConditionalOnMissingBean(ReauthorizationMarkers.class)
    ReauthorizationMarkers corekitReauthorizationMarkers(ObjectProvider<Clock> clock) {
        return new InMemoryReauthorizationMarkers(clock.getIfUnique(Clock::systemUTC));
    }

    /** Markers in the database of corekit's JDBC stores, shared by every instance. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(JdbcStores.class)
    @ConditionalOnSingleCandidate(DataSource.class)
    static class JdbcMarkers {
        JdbcMarkers() {}

        /**
         * In the table of the prefix of the stores in use, the application's own included (checked by them), when the
         * token store in use is corekit-jdbc's; in memory when it is another (e.g. the file store, on a database
         * that is not PostgreSQL), whose database has no table of corekit's.
         */
        @Bean(name = MARKERS)
        @ConditionalOnSingleCandidate(JdbcStores.class)
        ReauthorizationMarkers corekitReauthorizationMarkers(
                DataSource dataSource, JdbcStores stores, TokenStore tokenStore, ObjectProvider<Clock> clock) {
            Clock markerClock = clock.getIfUnique(Clock::systemUTC);
            if (!(tokenStore instanceof JdbcTokenStore)) {
                return new InMemoryReauthorizationMarkers(markerClock);
            }
            return new JdbcReauthorizationMarkers(dataSource, stores.tablePrefix(), markerClock);
        }
    }
}
