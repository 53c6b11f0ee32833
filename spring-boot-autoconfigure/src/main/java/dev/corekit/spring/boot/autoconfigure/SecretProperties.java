package dev.corekit.spring.boot.autoconfigure;

import java.util.Locale;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;

/**
 * Masks corekit's secrets (the client secret, the current and retired encryption keys) in the actuator's
 * {@code configprops} and {@code env} endpoints, even where they are set to show values.
 */
final class SecretProperties implements SanitizingFunction {
    SecretProperties() {}

    @Override
    public SanitizableData apply(SanitizableData data) {
        return secret(data.getKey()) ? data.withSanitizedValue() : data;
    }

    /**
     * {@return whether {@code key} names one of corekit's secrets} Keys come as the property sources spell them
     * ({@code corekit.client-secret}, {@code COREKIT_CLIENTSECRET}) or as {@code configprops} qualifies them.
     */
    static boolean secret(String key) {
        String normalized = key.toLowerCase(Locale.ROOT).replace('_', '.').replace("-", "");
        return normalized.endsWith("corekit.clientsecret")
                || normalized.endsWith("corekit.store.jdbc.encryption.key")
                || normalized.contains("corekit.store.jdbc.encryption.retired");
    }
}
