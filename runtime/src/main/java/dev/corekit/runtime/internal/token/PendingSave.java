package dev.corekit.runtime.internal.token;

import dev.corekit.runtime.token.TokenSet;

/**
 * Tokens a refresh produced that the store did not accept (a full disk, a database down), and the stored tokens they
 * replace: they are kept in memory, used, and stored again as long as the store still holds what they replace.
 */
record PendingSave(TokenSet tokens, TokenSet replaces) {

    /** Whether {@code stored} is still what these tokens replace (and not newer tokens stored meanwhile). */
    boolean replaces(TokenSet stored) {
        return stored != null
                && stored.accessToken().equals(replaces.accessToken())
                && java.util.Objects.equals(stored.refreshToken(), replaces.refreshToken());
    }
}
