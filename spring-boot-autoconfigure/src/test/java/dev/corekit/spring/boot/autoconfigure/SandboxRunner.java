package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.CoreApp;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Applications of the sandbox's demo web app, configured through {@code corekit.*} properties, and real logins. */
final class SandboxRunner {
    private SandboxRunner() {}

    /** An application with corekit's auto-configuration against {@code sandbox}, its token files in {@code tokens}. */
    static ApplicationContextRunner runner(CoreSandbox sandbox, Path tokens) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CorekitAutoConfiguration.class))
                .withPropertyValues(
                        "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
                        "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
                        "corekit.redirect-uri=http://127.0.0.1:8080/callback",
                        "corekit.identity-server=" + sandbox.identityUrl(),
                        "corekit.allow-insecure-loopback=true",
                        "corekit.store.file.directory=" + tokens);
    }

    /** Logs {@code connection} in at the sandbox as the demo user, through the app's own flow. */
    static void logIn(CoreApp app, CoreSandbox sandbox, String connection) {
        app.authorization()
                .complete(sandbox.approve(
                        app.authorization().start(connection, Map.of()).uri()));
    }
}
