package dev.corekit.bench;

import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A token store (in memory) that keeps the expiry of every access token saved in it, so that {@link Expiries} can
 * tell how many of them reached their refresh point while calls were still being started: each of those needs
 * exactly one refresh.
 */
final class ExpiryLedger implements TokenStore {
    private final InMemoryTokenStore store = new InMemoryTokenStore();
    private final List<Instant> expiries = new CopyOnWriteArrayList<>();

    @Override
    public Optional<TokenSet> load(String connection) {
        return store.load(connection);
    }

    @Override
    public void save(String connection, TokenSet tokens) {
        expiries.add(tokens.expiresAt());
        store.save(connection, tokens);
    }

    @Override
    public void delete(String connection) {
        store.delete(connection);
    }

    /** The access tokens saved whose refresh point (expiry less {@code skew}) is not after {@code lastCallStarted}. */
    long expiredBy(Instant lastCallStarted, Duration skew) {
        return expiries.stream()
                .filter(at -> !at.minus(skew).isAfter(lastCallStarted))
                .count();
    }

    @Override
    public String toString() {
        return "ExpiryLedger{" + expiries.size() + " tokens saved}";
    }
}
