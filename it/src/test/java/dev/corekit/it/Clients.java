package dev.corekit.it;

import dev.corekit.runtime.CoreApp;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreSettings;
import dev.corekit.runtime.auth.AuthorizationStore;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.sandbox.SandboxConfig;
import java.time.Clock;

/** Clients and apps of the sandbox's demo app, configured the same way wherever a test needs one. */
final class Clients {
    private Clients() {}

    /** The client of one connection whose tokens live in {@code store}. */
    static CoreClient connection(String identityServer, TokenStore store, String connection, Clock clock) {
        return demoApp(CoreClient.builder(), identityServer, clock)
                .tokenStore(store)
                .connection(connection)
                .build();
    }

    /** An instance of a web app that keeps its tokens and started logins in the given stores. */
    static CoreApp app(String identityServer, Clock clock, TokenStore tokens, AuthorizationStore authorizations) {
        return demoApp(CoreApp.builder(), identityServer, clock)
                .tokenStore(tokens)
                .authorizationStore(authorizations)
                .build();
    }

    private static <B extends CoreSettings<B>> B demoApp(B settings, String identityServer, Clock clock) {
        return settings.clientId(SandboxConfig.DEMO_CLIENT_ID)
                .clientSecret(SandboxConfig.DEMO_CLIENT_SECRET)
                .redirectUri(SandboxConfig.DEMO_REDIRECT_URI)
                .scopes("readwrite:core", "offline_access")
                .identityServer(identityServer)
                .allowInsecureLoopback()
                .clock(clock);
    }
}
