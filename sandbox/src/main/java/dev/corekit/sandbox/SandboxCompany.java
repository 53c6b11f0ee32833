package dev.corekit.sandbox;

import java.util.Objects;

/**
 * A CORE company: its data lives behind its own API endpoint, {@code {base}/api/{id}}.
 *
 * @param id the company's id, used in its endpoint URL
 * @param name the name shown on the consent page
 */
public record SandboxCompany(String id, String name) {
    /**
     * Checks the company: an id of letters, digits and {@code -}, and a name.
     *
     * @param id the company's id
     * @param name the company's name
     */
    public SandboxCompany {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        if (!id.matches("[A-Za-z0-9-]+")) {
            throw new IllegalArgumentException("company id must be letters, digits and '-': " + id);
        }
    }
}
