package dev.corekit.samples.springboot;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs the sample by hand, on http://127.0.0.1:8080/ (or {@code -Ddemo.port=...}), against CORE's sandbox and a
 * PostgreSQL server started for it, as the tests do: {@code ./mvnw -q -Pdemo -pl samples/spring-boot -am package
 * -DskipTests}. Ctrl-C stops all three.
 */
public final class SampleDemo {
    private SampleDemo() {}

    /**
     * Starts the sandbox, PostgreSQL and the sample, and prints how to sign in.
     *
     * @param args none
     * @throws Exception when one of them does not start
     */
    public static void main(String[] args) throws Exception {
        int port = Integer.getInteger("demo.port", 8080);
        Backends backends = Backends.start();
        ConfigurableApplicationContext app =
                backends.startApp(port, backends.databaseUrl(), "--spring.main.register-shutdown-hook=false");
        // The sample first, then what it uses.
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            app.close();
                            backends.close();
                        },
                        "sample-demo-stop"));
        System.out.printf("""

                The sample runs at http://127.0.0.1:%d/ (use 127.0.0.1, not localhost: the sandbox redirects there).
                  Sign in as alice / alice-password or anna / anna-password (tenant acme),
                  or bob / bob-password (tenant globex).
                  "Connect to CORE" opens the sandbox's pages: log in as demo@corekit.dev / demo, pick
                  Demo Company A (its activities are seeded) and grant.
                Ctrl-C stops the sample, the sandbox and PostgreSQL.
                """, port);
    }
}
