package dev.corekit.runtime.internal.token;

import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.TokenSet;

/**
 * Why a connection needs a new authorization: its tokens could not be refreshed (the refresh token was refused, or
 * there was none). Remembers the tokens given up on, so that tokens stored since (a new login, here or in another
 * process) are told apart from them without ever sending the refused refresh token again.
 */
record RefusedGrant(String reason, TokenSet tokens) {

    /** Whether {@code stored} holds the grant that was given up on. */
    boolean isIn(TokenSet stored) {
        return tokens.refreshToken() != null
                ? tokens.refreshToken().equals(stored.refreshToken())
                : tokens.accessToken().equals(stored.accessToken());
    }

    ReauthorizationRequiredException exception(String connection) {
        return new ReauthorizationRequiredException(connection, reason);
    }
}
