package dev.corekit.spring.boot.actuate;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the {@code corekit} health contributor, under {@code corekit.health}. The contributor itself is turned
 * off with {@code management.health.corekit.enabled=false}.
 */
@ConfigurationProperties("corekit.health")
public final class CorekitHealthProperties {
    /**
     * How long the health check waits for the identity server to connect and answer its discovery document.
     */
    private Duration identityServerTimeout = Duration.ofSeconds(2);

    /**
     * How long a health result is reused before the identity server is asked again and the connections that need a
     * new login are counted again.
     */
    private Duration cache = Duration.ofSeconds(10);

    /** Creates the settings at their defaults. */
    public CorekitHealthProperties() {}

    /** {@return how long the check waits for the identity server} */
    public Duration getIdentityServerTimeout() {
        return identityServerTimeout;
    }

    /**
     * Sets how long the check waits for the identity server.
     *
     * @param identityServerTimeout the timeout, at least a millisecond
     */
    public void setIdentityServerTimeout(Duration identityServerTimeout) {
        this.identityServerTimeout = identityServerTimeout;
    }

    /** {@return how long a health result is reused} */
    public Duration getCache() {
        return cache;
    }

    /**
     * Sets how long a health result is reused.
     *
     * @param cache the duration, zero to check on every request
     */
    public void setCache(Duration cache) {
        this.cache = cache;
    }
}
