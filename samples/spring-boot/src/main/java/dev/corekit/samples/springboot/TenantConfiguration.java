package dev.corekit.samples.springboot;

import dev.corekit.spring.boot.CoreConnectionResolver;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may sign in, and which tenant (CORE connection) each user's requests use. Users are in memory: each has an
 * authority {@code TENANT_<tenant>}. Every page but the load balancer's probes ({@code /actuator/health/readiness} and
 * {@code /liveness}, which leave corekit's contributor out) needs a signed-in user; Spring Security's CSRF filter guards
 * every POST, "Connect to CORE" included.
 */
@Configuration(proxyBeanMethods = false)
class TenantConfiguration {
    /** The prefix of the authority that names a user's tenant. */
    static final String TENANT = "TENANT_";

    /** The users of the sample: two of tenant {@code acme}, one of tenant {@code globex}. */
    @Bean
    InMemoryUserDetailsManager users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice")
                        .password("{noop}alice-password")
                        .authorities(TENANT + "acme")
                        .build(),
                User.withUsername("anna")
                        .password("{noop}anna-password")
                        .authorities(TENANT + "acme")
                        .build(),
                User.withUsername("bob")
                        .password("{noop}bob-password")
                        .authorities(TENANT + "globex")
                        .build());
    }

    /** Form login for every page; the probes are public. */
    @Bean
    SecurityFilterChain security(HttpSecurity http) throws Exception {
        return http.authorizeHttpRequests(
                        requests -> requests.requestMatchers("/actuator/health/readiness", "/actuator/health/liveness")
                                .permitAll()
                                .anyRequest()
                                .authenticated())
                .formLogin(Customizer.withDefaults())
                .build();
    }

    // The resolver: the signed-in user's tenant is the CORE connection a request may connect and use.
    @Bean
    CoreConnectionResolver tenantConnection() {
        return request -> request.getUserPrincipal() instanceof Authentication user ? tenant(user) : null;
    }

    /** The tenant of a signed-in user, or null when the user has none. */
    private static @Nullable String tenant(Authentication user) {
        return user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority != null && authority.startsWith(TENANT))
                .map(authority -> authority.substring(TENANT.length()))
                .findFirst()
                .orElse(null);
    }
}
