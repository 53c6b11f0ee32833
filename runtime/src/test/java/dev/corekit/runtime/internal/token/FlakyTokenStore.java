package dev.corekit.runtime.internal.token;

import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/** An in-memory store whose next save can be made to fail, as a full disk or a broken keychain would. */
final class FlakyTokenStore implements TokenStore {
    private final InMemoryTokenStore delegate = new InMemoryTokenStore();
    private final AtomicReference<Supplier<? extends Throwable>> nextSaveFailure = new AtomicReference<>();

    /** The next save throws what {@code failure} supplies (a RuntimeException or an Error) and stores nothing. */
    void failNextSave(Supplier<? extends Throwable> failure) {
        nextSaveFailure.set(failure);
    }

    @Override
    public Optional<TokenSet> load(String connection) {
        return delegate.load(connection);
    }

    @Override
    public void save(String connection, TokenSet tokens) {
        Supplier<? extends Throwable> failure = nextSaveFailure.getAndSet(null);
        if (failure != null) {
            Throwable thrown = failure.get();
            if (thrown instanceof Error) {
                throw (Error) thrown;
            }
            throw (RuntimeException) thrown;
        }
        delegate.save(connection, tokens);
    }

    @Override
    public void delete(String connection) {
        delegate.delete(connection);
    }
}
