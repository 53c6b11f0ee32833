package dev.corekit.spring.boot;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Names the CORE connection (one company, e.g. the tenant of the signed-in user) that a request may connect and use.
 * The application supplies it as a bean; the starter's login controller asks it which connection a "Connect to
 * CORE" request starts the login for.
 */
@FunctionalInterface
public interface CoreConnectionResolver {
    /**
     * {@return the connection of the user making {@code request}, or null when that user may not connect one} A
     * connection name is letters, digits, '.', '_' or '-', at most 128 characters.
     *
     * @param request the request being served
     */
    @Nullable
    String connection(HttpServletRequest request);
}
