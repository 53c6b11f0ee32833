package dev.corekit.samples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot web application whose users connect their tenant's CORE company: the corekit starter, its properties
 * in {@code application.yml} and one {@link dev.corekit.spring.boot.CoreConnectionResolver} bean
 * ({@link TenantConfiguration}). Each signed-in user belongs to a tenant; a tenant is one CORE connection, shared by
 * every instance of the application through the database.
 */
@SpringBootApplication
public class SampleApplication {
    /** Created by Spring. */
    public SampleApplication() {}

    /**
     * Runs the application with its {@code application.yml}.
     *
     * @param args Spring Boot's command-line arguments, e.g. {@code --server.port=8081}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }
}
