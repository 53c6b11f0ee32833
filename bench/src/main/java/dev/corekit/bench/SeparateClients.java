package dev.corekit.bench;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.token.InMemoryTokenStore;
import java.net.URI;
import java.util.function.UnaryOperator;

/** corekit's way before {@code CoreApp}: every connection builds a {@link CoreClient} of its own. */
final class SeparateClients implements Connector {
    private final String identityUrl;
    private final InMemoryTokenStore tokens = new InMemoryTokenStore();

    SeparateClients(String identityUrl) {
        this.identityUrl = identityUrl;
    }

    @Override
    public CoreClient logIn(String connection, UnaryOperator<URI> browser) {
        CoreClient client = CoreClient.builder()
                .clientId(SandboxApp.CLIENT_ID)
                .redirectUri(SandboxApp.REDIRECT_URI)
                .scopes(SandboxApp.SCOPES)
                .identityServer(identityUrl)
                .allowInsecureLoopback()
                .tokenStore(tokens)
                .connection(connection)
                .build();
        client.authorization()
                .complete(browser.apply(client.authorization().start().uri()));
        return client;
    }
}
