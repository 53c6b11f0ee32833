package dev.corekit.spring.boot.actuate;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

/** The demo app of the sandbox, configured through {@code corekit.*} properties, and real logins at the sandbox. */
final class SandboxApps {
    private SandboxApps() {}

    /** The properties of the sandbox's demo web app whose identity server is {@code identityServer}. */
    static String[] properties(String identityServer) {
        return new String[] {
            "corekit.client-id=" + SandboxConfig.DEMO_CLIENT_ID,
            "corekit.client-secret=" + SandboxConfig.DEMO_CLIENT_SECRET,
            "corekit.redirect-uri=" + SandboxConfig.DEMO_REDIRECT_URI,
            "corekit.identity-server=" + identityServer,
            "corekit.allow-insecure-loopback=true"
        };
    }

    /** Logs the demo user in for {@code connection}: started and completed by {@code app}, approved at the sandbox. */
    static void login(CoreApp app, CoreSandbox sandbox, String connection) {
        AuthorizationRequest request = app.authorization().start(connection, Map.of());
        app.authorization().complete(sandbox.approve(request.uri()));
    }

    /** A port on 127.0.0.1 where nothing listens (it was free a moment ago). */
    static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
