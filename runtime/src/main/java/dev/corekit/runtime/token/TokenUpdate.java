package dev.corekit.runtime.token;

import java.util.Optional;

/**
 * What {@link TokenStore#update} runs while it holds a connection's refresh lock: given the tokens stored now, it says
 * what to store.
 */
@FunctionalInterface
public interface TokenUpdate {

    /**
     * Decides the connection's tokens from those stored now.
     *
     * @param stored the tokens stored now, read after the lock was taken, or empty when there are none
     * @return the very instance inside {@code stored} to leave the tokens as they are, other tokens to replace them, or
     *     empty to delete them
     */
    Optional<TokenSet> apply(Optional<TokenSet> stored);
}
