package dev.corekit.spring.boot.autoconfigure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.SanitizableData;
import org.springframework.boot.actuate.endpoint.SanitizingFunction;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * Masks corekit's secrets (the client secret, the current and retired encryption keys) in the actuator's
 * {@code configprops} and {@code env} endpoints, even where they are set to show values: the entries named as those
 * properties, and every entry, whatever its name, whose value is one of the secrets bound to them (such as the
 * environment variable that {@code corekit.client-secret: ${CORE_CLIENT_SECRET}} refers to).
 */
final class SecretProperties implements SanitizingFunction {
    private final Environment environment;

    SecretProperties(Environment environment) {
        this.environment = environment;
    }

    @Override
    public SanitizableData apply(SanitizableData data) {
        return secret(data.getKey()) || secretValue(data.getValue()) ? data.withSanitizedValue() : data;
    }

    private boolean secretValue(@Nullable Object value) {
        if (value == null) {
            return false;
        }
        String text = value.toString();
        return !text.isBlank() && boundSecrets().contains(text);
    }

    /** {@return the non-blank values bound to corekit's secret properties, placeholders resolved} */
    private List<String> boundSecrets() {
        List<String> secrets = new ArrayList<>();
        try {
            Binder binder = Binder.get(environment);
            binder.bind("corekit.client-secret", String.class).ifBound(secrets::add);
            binder.bind("corekit.store.jdbc.encryption.key", String.class).ifBound(secrets::add);
            binder.bind("corekit.store.jdbc.encryption.retired", Bindable.mapOf(String.class, String.class))
                    .map(Map::values)
                    .ifBound(secrets::addAll);
        } catch (RuntimeException e) {
            // A property that does not bind (an unresolvable placeholder) binds no secret; its entry still is masked
            // by name.
        }
        secrets.removeIf(String::isBlank);
        return secrets;
    }

    /**
     * {@return whether {@code key} names one of corekit's secrets} Keys come as the property sources spell them
     * ({@code corekit.client-secret}, {@code COREKIT_CLIENTSECRET}, {@code COREKIT_CLIENT_SECRET}) or as
     * {@code configprops} qualifies them.
     */
    static boolean secret(String key) {
        String normalized = key.toLowerCase(Locale.ROOT).replaceAll("[._\\-\\[\\]]", "");
        return normalized.endsWith("corekitclientsecret")
                || normalized.endsWith("corekitstorejdbcencryptionkey")
                || normalized.contains("corekitstorejdbcencryptionretired");
    }
}
