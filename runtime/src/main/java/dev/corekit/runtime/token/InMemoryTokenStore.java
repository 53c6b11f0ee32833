package dev.corekit.runtime.token;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Keeps tokens in memory only: they are gone when the process ends. */
public final class InMemoryTokenStore implements TokenStore {
    private final Map<String, TokenSet> tokens = new ConcurrentHashMap<>();

    /** Creates an empty store. */
    public InMemoryTokenStore() {}

    @Override
    public Optional<TokenSet> load(String connection) {
        return Optional.ofNullable(tokens.get(Objects.requireNonNull(connection, "connection")));
    }

    @Override
    public void save(String connection, TokenSet tokenSet) {
        tokens.put(Objects.requireNonNull(connection, "connection"), Objects.requireNonNull(tokenSet, "tokens"));
    }

    @Override
    public void delete(String connection) {
        tokens.remove(Objects.requireNonNull(connection, "connection"));
    }

    @Override
    public String toString() {
        return "InMemoryTokenStore{connections=" + tokens.keySet() + "}";
    }
}
