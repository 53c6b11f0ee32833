package dev.corekit.spring.boot.actuate;

import dev.corekit.runtime.micrometer.MicrometerMetrics;
import dev.corekit.spring.boot.autoconfigure.CorekitAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * corekit's meters ({@code corekit.calls}, {@code corekit.retries}, {@code corekit.token.refreshes},
 * {@code corekit.reauthorizations}, {@code corekit.http.connections}, {@code corekit.http.connections.idle}) in the
 * application's {@link MeterRegistry}: a {@link MicrometerMetrics} bean, which the auto-configured {@code CoreApp}
 * reports to with every other {@code CoreMetrics} bean. Applies when the application has a {@code MeterRegistry}
 * bean; backs off when it defines its own {@code MicrometerMetrics}.
 */
// By name: an application may have Micrometer and a registry of its own without Boot's metrics module.
@AutoConfiguration(
        after = CorekitAutoConfiguration.class,
        afterName = {
            "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
            "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration"
        })
@ConditionalOnClass(MeterRegistry.class)
@ConditionalOnBean(MeterRegistry.class)
public final class CorekitMetricsAutoConfiguration {
    /** Created by Spring. */
    CorekitMetricsAutoConfiguration() {}

    @Bean
    @ConditionalOnMissingBean(MicrometerMetrics.class)
    MicrometerMetrics corekitMicrometerMetrics(MeterRegistry registry) {
        return MicrometerMetrics.of(registry);
    }
}
