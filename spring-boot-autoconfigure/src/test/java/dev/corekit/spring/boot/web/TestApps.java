package dev.corekit.spring.boot.web;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import dev.corekit.spring.boot.AutoConfigurationWithoutSecurity;
import dev.corekit.spring.boot.CoreConnectionResolver;
import dev.corekit.spring.boot.autoconfigure.LocalWeb;
import dev.corekit.spring.boot.autoconfigure.Postgres;
import java.net.URI;
import java.security.Principal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The applications the login controller's tests run on an embedded Tomcat: the same "Connect to CORE" page and
 * database, without Spring Security ({@link Plain}) and with it ({@link Secured}).
 */
final class TestApps {
    /** The redirect URI registered at the sandbox: the address of the load balancer in front of the instances. */
    static final String REDIRECT_URI = "http://127.0.0.1/callback";

    private TestApps() {}

    /**
     * Starts {@code app} on a random port of 127.0.0.1, against {@code sandbox}, on a data source of its own on the
     * database of {@code database}.
     *
     * @param properties more properties, {@code name=value}
     */
    static ConfigurableApplicationContext start(
            Class<?> app, CoreSandbox sandbox, DataSource database, String... properties) {
        List<String> all = new ArrayList<>(List.of(
                "server.port=0",
                "server.address=127.0.0.1",
                "spring.main.banner-mode=off",
                "logging.level.dev.corekit=DEBUG",
                "test.database-url=" + ((PGSimpleDataSource) database).getUrl(),
                "test.database-user=" + ((PGSimpleDataSource) database).getUser(),
                "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
                "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
                "corekit.redirect-uri=" + REDIRECT_URI,
                "corekit.identity-server=" + sandbox.identityUrl(),
                "corekit.allow-insecure-loopback=true",
                "corekit.store.jdbc.initialize-schema=always"));
        all.addAll(List.of(properties));
        return new SpringApplicationBuilder(app)
                .web(WebApplicationType.SERVLET)
                .properties(all.toArray(String[]::new))
                .run();
    }

    /**
     * An application running against a sandbox of its own, on a schema of its own.
     *
     * @param sandbox the sandbox, CORE's identity server
     * @param database the application's database
     * @param app the application
     */
    record Running(CoreSandbox sandbox, DataSource database, ConfigurableApplicationContext app)
            implements AutoCloseable {
        /**
         * Starts a sandbox, then {@code app} on a new schema.
         *
         * @param properties more properties, {@code name=value}
         */
        static Running start(Class<?> app, String... properties) {
            CoreSandbox sandbox = CoreSandbox.start();
            DataSource database = Postgres.newSchema();
            return new Running(sandbox, database, TestApps.start(app, sandbox, database, properties));
        }

        /** {@return the URI of {@code path} on the application} */
        URI uri(String path) {
            return TestApps.uri(app, path);
        }

        /** {@return the callback CORE sent the browser to, as the load balancer hands it to the application} */
        URI at(URI callback) {
            return TestApps.at(app, callback);
        }

        @Override
        public void close() {
            app.close();
            sandbox.close();
        }
    }

    /** {@return the URI of {@code path} on {@code instance}} */
    static URI uri(ConfigurableApplicationContext instance, String path) {
        return URI.create("http://127.0.0.1:" + port(instance) + path);
    }

    /** {@return the callback CORE sent the browser to, as the load balancer hands it to {@code instance}} */
    static URI at(ConfigurableApplicationContext instance, URI callback) {
        return uri(instance, callback.getRawPath() + "?" + callback.getRawQuery());
    }

    /** {@return the authorization codes {@code sandbox}'s token endpoint was asked to exchange} */
    static List<JournalEntry> codeExchanges(CoreSandbox sandbox) {
        return sandbox.journal()
                .filter(entry -> entry.path().endsWith("/connect/token")
                        && entry.body().contains("grant_type=authorization_code"));
    }

    /** {@return the port the application listens on} */
    static int port(ConfigurableApplicationContext context) {
        return LocalWeb.port(context);
    }

    /** {@return how many logins the database of {@code database} keeps, pending or spent} */
    static long pendingAuthorizations(DataSource database) {
        try {
            return Long.parseLong(Postgres.strings(database, "SELECT COUNT(*) FROM corekit_pending_authorizations")
                    .get(0));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What both applications have: the database, and a page with the "Connect to CORE" form. */
    @Configuration(proxyBeanMethods = false)
    static class Common {
        @Bean
        DataSource dataSource(@Value("${test.database-url}") String url, @Value("${test.database-user}") String user) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(user);
            return dataSource;
        }

        /** {@code GET /connect-page}: the form, with Spring Security's CSRF token when there is one. */
        @Bean
        RouterFunction<ServerResponse> connectPage() {
            return RouterFunctions.route()
                    .GET("/connect-page", request -> {
                        Object token = request.servletRequest().getAttribute(CsrfToken.class.getName());
                        String csrf = token instanceof CsrfToken csrfToken
                                ? "<input type=\"hidden\" name=\"" + csrfToken.getParameterName() + "\" value=\""
                                        + csrfToken.getToken() + "\">"
                                : "";
                        return ServerResponse.ok()
                                .contentType(MediaType.TEXT_HTML)
                                .body("<form method=\"post\" action=\"/corekit/connect\">" + csrf
                                        + "<input type=\"hidden\" name=\"returnTo\" value=\"/projects\">"
                                        + "<button>Connect to CORE</button></form>");
                    })
                    .build();
        }
    }

    /**
     * The application without Spring Security (its auto-configuration excluded, though it is on the class path): the
     * tenant of a request is its {@code X-Tenant} header, as a gateway in front of the application would set it.
     */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @AutoConfigurationWithoutSecurity
    @Import(Common.class)
    static class Plain {
        @Bean
        CoreConnectionResolver tenantHeader() {
            return request -> request.getHeader("X-Tenant");
        }
    }

    /**
     * The application with Spring Security: HTTP Basic users, CSRF protection as Spring Security sets it up, the
     * callback (and the error page) permitted to everyone; alice's tenant is acme, bob has none.
     */
    @SpringBootConfiguration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    @EnableWebSecurity
    @Import(Common.class)
    static class Secured {
        static final Map<String, String> TENANTS = Map.of("alice", "acme");

        @Bean
        SecurityFilterChain security(HttpSecurity http) throws Exception {
            return http.authorizeHttpRequests(requests -> requests.requestMatchers("/callback", "/error")
                            .permitAll()
                            .anyRequest()
                            .authenticated())
                    .httpBasic(Customizer.withDefaults())
                    .build();
        }

        @Bean
        UserDetailsService users() {
            return new InMemoryUserDetailsManager(
                    User.withUsername("alice")
                            .password("{noop}alice-password")
                            .roles("USER")
                            .build(),
                    User.withUsername("bob")
                            .password("{noop}bob-password")
                            .roles("USER")
                            .build());
        }

        @Bean
        CoreConnectionResolver tenantOfUser() {
            return request -> {
                Principal user = request.getUserPrincipal();
                return user == null ? null : TENANTS.get(user.getName());
            };
        }
    }
}
