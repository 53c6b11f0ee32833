package dev.corekit.runtime.token;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The default {@link TokenStore#update}: one lock per store and connection, in this process, held only while some
 * caller uses it, so that idle connections cost nothing here. {@link FileTokenStore} takes the same kind of lock,
 * keyed by its lock file, before it locks the file for other processes.
 */
final class LocalRefreshLocks {
    private static final Map<Object, Entry> LOCKS = new ConcurrentHashMap<>();

    private LocalRefreshLocks() {}

    /** A store compared by identity (two equal stores may still be two places), and a connection. */
    private record Key(TokenStore store, String connection) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.store == store && key.connection.equals(connection);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(store) * 31 + connection.hashCode();
        }
    }

    private static final class Entry {
        final ReentrantLock lock = new ReentrantLock();
        int users;
    }

    static Optional<TokenSet> run(TokenStore store, String connection, TokenUpdate update) {
        Objects.requireNonNull(connection, "connection");
        Objects.requireNonNull(update, "update");
        return locked(new Key(store, connection), () -> apply(store, connection, update));
    }

    /** Runs {@code action} while holding this process's lock of {@code key} (compared with {@code equals}). */
    static <T> T locked(Object key, Supplier<T> action) {
        Entry entry = LOCKS.compute(key, (k, existing) -> {
            Entry e = existing != null ? existing : new Entry();
            e.users++;
            return e;
        });
        entry.lock.lock();
        try {
            return action.get();
        } finally {
            entry.lock.unlock();
            LOCKS.computeIfPresent(key, (k, e) -> --e.users == 0 ? null : e);
        }
    }

    /** Loads, applies and writes; shared by stores whose own lock is held around it. */
    static Optional<TokenSet> apply(TokenStore store, String connection, TokenUpdate update) {
        Optional<TokenSet> stored = store.load(connection);
        Optional<TokenSet> result = Objects.requireNonNull(update.apply(stored), "the update returned null");
        if (result.isEmpty()) {
            if (stored.isPresent()) {
                store.delete(connection);
            }
        } else if (stored.isEmpty() || result.get() != stored.get()) {
            store.save(connection, result.get());
        }
        return result;
    }
}
