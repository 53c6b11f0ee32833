package dev.corekit.bench;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import java.net.URI;
import java.util.Map;
import java.util.function.UnaryOperator;

/** corekit's way for many companies: one {@link CoreApp}, configured once, and its client of each connection. */
final class OneApp implements Connector {
    private final CoreApp app;

    OneApp(String identityUrl) {
        this.app = CoreApp.builder()
                .clientId(SandboxApp.CLIENT_ID)
                .redirectUri(SandboxApp.REDIRECT_URI)
                .scopes(SandboxApp.SCOPES)
                .identityServer(identityUrl)
                .allowInsecureLoopback()
                .build();
    }

    @Override
    public CoreClient logIn(String connection, UnaryOperator<URI> browser) {
        // The app's own flow: started for a connection, completed from the callback alone.
        app.authorization()
                .complete(browser.apply(
                        app.authorization().start(connection, Map.of()).uri()));
        return app.connection(connection);
    }
}
