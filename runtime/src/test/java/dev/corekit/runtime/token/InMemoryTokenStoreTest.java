package dev.corekit.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InMemoryTokenStoreTest {
    private static TokenSet tokens(String access, String refresh) {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        return new TokenSet(
                access, refresh, "Bearer", now, now.plusSeconds(3600), Set.of("readwrite:core"), null, null);
    }

    @Test
    void anUnknownConnectionHasNoTokens() {
        assertThat(new InMemoryTokenStore().load("acme")).isEmpty();
    }

    @Test
    void connectionsAreIndependent() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        TokenSet acme = tokens("acme-access", "acme-refresh");
        TokenSet globex = tokens("globex-access", "globex-refresh");

        store.save("acme", acme);
        store.save("globex", globex);

        assertThat(store.load("acme")).contains(acme);
        assertThat(store.load("globex")).contains(globex);

        store.save("acme", tokens("acme-access-2", "acme-refresh-2"));
        assertThat(store.load("acme").orElseThrow().accessToken()).isEqualTo("acme-access-2");
        assertThat(store.load("globex")).contains(globex);

        store.delete("acme");
        assertThat(store.load("acme")).isEmpty();
        assertThat(store.load("globex")).contains(globex);
    }

    @Test
    void toStringShowsNoToken() {
        InMemoryTokenStore store = new InMemoryTokenStore();
        store.save("acme", tokens("CANARY-ACCESS", "CANARY-REFRESH"));

        assertThat(store.toString()).doesNotContain("CANARY").contains("acme");
    }
}
