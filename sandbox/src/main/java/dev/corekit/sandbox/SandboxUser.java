package dev.corekit.sandbox;

import java.util.List;
import java.util.Objects;

/**
 * A CORE user who can log in on the sandbox's login page.
 *
 * @param login the login (an email address in CORE)
 * @param password the password
 * @param name the display name, returned by userinfo
 * @param companies the companies the user may connect an app to; at least one
 */
public record SandboxUser(String login, String password, String name, List<SandboxCompany> companies) {
    /**
     * Checks the user: a login, a password and at least one company.
     *
     * @param login the user's login
     * @param password the user's password
     * @param name the user's display name
     * @param companies the user's companies, the first the default
     */
    public SandboxUser {
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(name, "name");
        companies = List.copyOf(companies);
        if (companies.isEmpty()) {
            throw new IllegalArgumentException("user " + login + " needs at least one company");
        }
    }

    /** Hides the password. */
    @Override
    public String toString() {
        return "SandboxUser[login=" + login + ", name=" + name + ", companies=" + companies + "]";
    }
}
