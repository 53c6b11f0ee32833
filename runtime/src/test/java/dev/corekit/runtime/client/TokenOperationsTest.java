package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import dev.corekit.sandbox.journal.JournalEntry;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The token operations of {@link CoreClient} against the sandbox: {@code storedTokens()}, {@code storeTokens(...)} and
 * {@code forgetTokens()}, each judged by what the sandbox saw and what the next call does.
 */
class TokenOperationsTest {
    private static CoreSandbox sandbox;

    @BeforeAll
    static void start() {
        sandbox = CoreSandbox.start();
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @BeforeEach
    void clearJournal() {
        sandbox.journal().clear();
    }

    private static AuthorizationResult logIn(CoreClient client) {
        AuthorizationRequest request = client.authorization().start();
        return client.authorization().complete(sandbox.approve(request.uri()));
    }

    @Test
    void storedTokensAreEmptyBeforeTheLoginAndTheGrantsTokensAfter() {
        CoreClient client = Fixtures.sandboxClient(sandbox).build();
        assertThat(client.storedTokens()).isEmpty();

        AuthorizationResult result = logIn(client);

        TokenSet stored = client.storedTokens().orElseThrow();
        assertThat(stored).isEqualTo(result.tokens());
        assertThat(sandbox.tokens()
                        .activeAccess(stored.accessToken(), sandbox.clock().instant()))
                .isPresent();
        assertThat(stored.endpoint()).isEqualTo(sandbox.endpoint(Fixtures.COMPANY));
    }

    @Test
    void forgetTokensDropsThemWithoutRevokingAndTheNextCallNeedsALogin() {
        CoreClient client = Fixtures.sandboxClient(sandbox).build();
        logIn(client);
        TokenSet tokens = client.storedTokens().orElseThrow();
        TokenRegistry.RefreshGrant grant =
                sandbox.tokens().refresh(tokens.refreshToken()).orElseThrow();

        client.forgetTokens();

        assertThat(client.storedTokens()).isEmpty();
        assertThat(client.isAuthorized()).isFalse();
        assertThat(sandbox.journal().entries("/connect/revocation")).isEmpty();
        assertThat(sandbox.tokens().revoked(grant.family())).isFalse();
        assertThat(sandbox.tokens()
                        .activeAccess(tokens.accessToken(), sandbox.clock().instant()))
                .isPresent();
        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(sandbox.journal().entries("/activity")).isEmpty();
    }

    @Test
    void storeTokensHandsOverTokensIssuedElsewhereAndTheNextCallUsesThem() {
        CoreClient client = Fixtures.sandboxClient(sandbox).build();
        TokenRegistry.Issued issued = Fixtures.issue(sandbox, Fixtures.READ_WRITE);
        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isInstanceOf(ReauthorizationRequiredException.class);

        Fixtures.store(
                client, issued.accessToken(), issued.refreshToken(), Instant.now(), sandbox.endpoint(Fixtures.COMPANY));
        client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(client.isAuthorized()).isTrue();
        assertThat(client.storedTokens().orElseThrow().accessToken()).isEqualTo(issued.accessToken());
        assertThat(sandbox.journal().entries("/activity"))
                .extracting(JournalEntry::status)
                .containsExactly(200);
        assertThat(sandbox.journal().entries("/connect/token")).isEmpty();
    }

    @Test
    void storeTokensRefusesNull() {
        CoreClient client = Fixtures.sandboxClient(sandbox).build();

        assertThatThrownBy(() -> client.storeTokens(null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("tokens");
    }
}
