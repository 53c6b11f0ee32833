package dev.corekit.spring.boot.autoconfigure;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@code corekit.*} property is missing or wrong: the start-up stops, and the failure analyzer names the property
 * and what to set. The message never holds a secret's value.
 */
public final class CorekitPropertiesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The properties concerned, e.g. {@code corekit.client-id}. */
    private final List<String> properties;

    /** What to set. */
    private final String action;

    /**
     * Creates the exception.
     *
     * @param property the property, e.g. {@code corekit.client-id}
     * @param problem what is wrong with it, without its value when that is a secret
     * @param action what to set
     */
    public CorekitPropertiesException(String property, String problem, String action) {
        this(List.of(property), problem, action, null);
    }

    /**
     * Creates the exception for properties that conflict, or for a failure of a component built from them.
     *
     * @param properties the properties concerned, the first the one to change
     * @param problem what is wrong, without the value of a secret
     * @param action what to set
     * @param cause the failure the properties led to, or null
     */
    public CorekitPropertiesException(
            List<String> properties, String problem, String action, @Nullable Throwable cause) {
        super(String.join(" and ", properties) + ": " + problem, cause);
        this.properties = List.copyOf(properties);
        this.action = action;
    }

    /** {@return the property to change, e.g. {@code corekit.client-id}} */
    public String property() {
        return properties.get(0);
    }

    /** {@return every property concerned, the one to change first} */
    public List<String> properties() {
        return properties;
    }

    /** {@return what to set, for the failure analyzer's action} */
    public String action() {
        return action;
    }
}
