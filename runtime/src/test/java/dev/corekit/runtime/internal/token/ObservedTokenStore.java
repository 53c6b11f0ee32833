package dev.corekit.runtime.internal.token;

import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.runtime.token.TokenUpdate;
import java.util.Optional;

/**
 * A store that tells the test when {@link #update} is called (before it waits for the lock), and otherwise is the store
 * it wraps: its lock is the wrapped store's.
 */
final class ObservedTokenStore implements TokenStore {
    private final TokenStore delegate;
    private final Runnable onUpdate;

    ObservedTokenStore(TokenStore delegate, Runnable onUpdate) {
        this.delegate = delegate;
        this.onUpdate = onUpdate;
    }

    @Override
    public Optional<TokenSet> load(String connection) {
        return delegate.load(connection);
    }

    @Override
    public void save(String connection, TokenSet tokens) {
        delegate.save(connection, tokens);
    }

    @Override
    public void delete(String connection) {
        delegate.delete(connection);
    }

    @Override
    public Optional<TokenSet> update(String connection, TokenUpdate update) {
        onUpdate.run();
        return delegate.update(connection, update);
    }
}
