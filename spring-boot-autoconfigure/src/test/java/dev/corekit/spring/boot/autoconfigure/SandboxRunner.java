package dev.corekit.spring.boot.autoconfigure;

import dev.corekit.runtime.CoreApp;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Applications of the sandbox's demo web app, configured through {@code corekit.*} properties, and real logins. Shared
 * by the tests of every package of the module.
 */
public final class SandboxRunner {
    private SandboxRunner() {}

    /** The properties of the sandbox's demo web app whose identity server is {@code identityServer}. */
    public static String[] properties(String identityServer) {
        return new String[] {
            "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
            "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
            "corekit.redirect-uri=" + SandboxConfig.DEMO_REDIRECT_URI,
            "corekit.identity-server=" + identityServer,
            "corekit.allow-insecure-loopback=true"
        };
    }

    /** An application with corekit's auto-configuration against {@code sandbox}, its token files in {@code tokens}. */
    public static ApplicationContextRunner runner(CoreSandbox sandbox, Path tokens) {
        return new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(CorekitAutoConfiguration.class))
                .withPropertyValues(properties(sandbox.identityUrl()))
                .withPropertyValues(
                        "corekit.redirect-uri=http://127.0.0.1:8080/callback",
                        "corekit.store.file.directory=" + tokens);
    }

    /** Logs {@code connection} in at the sandbox as the demo user, through the app's own flow. */
    public static void logIn(CoreApp app, CoreSandbox sandbox, String connection) {
        app.authorization()
                .complete(sandbox.approve(
                        app.authorization().start(connection, Map.of()).uri()));
    }
}
