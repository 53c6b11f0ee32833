package dev.corekit.runtime.internal.token;

import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.runtime.token.TokenStore;
import dev.corekit.runtime.token.TokenUpdate;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One pass of {@link TokenManager}'s refresh, run by {@link TokenStore#update} while the connection's refresh lock is
 * held, so that it sees what other processes stored: it uses tokens another process already refreshed, or spends the
 * stored refresh token and returns the new tokens for the store to save before the lock is released. It records what
 * it did for the manager to read once {@code update} returned.
 */
final class LockedRefresh implements TokenUpdate {
    private static final String NO_REFRESH_TOKEN =
            "the access token expired and there is no refresh token (was offline_access granted?)";
    private static final String INVALID_GRANT = "the refresh token was refused (invalid_grant)";

    private final String connection;
    private final @Nullable String staleAccessToken;
    private final @Nullable PendingSave pending;
    private final @Nullable RefusedGrant refusedBefore;
    private final TokenEndpointClient endpoint;
    private final Clock clock;
    private final Duration skew;

    private @Nullable TokenSet stored;
    private @Nullable TokenSet tokens;
    private boolean refreshed;
    private @Nullable RefusedGrant refused;
    private boolean decideAgain;

    /**
     * @param staleAccessToken the access token to replace even when it looks valid (CORE refused it), or {@code null}
     * @param pending tokens this process could not store yet, or {@code null}
     * @param refusedBefore the grant an earlier pass saw refused, or {@code null}: this pass only decides whether the
     *     store still holds it
     */
    LockedRefresh(
            String connection,
            @Nullable String staleAccessToken,
            @Nullable PendingSave pending,
            @Nullable RefusedGrant refusedBefore,
            TokenEndpointClient endpoint,
            Clock clock,
            Duration skew) {
        this.connection = connection;
        this.staleAccessToken = staleAccessToken;
        this.pending = pending;
        this.refusedBefore = refusedBefore;
        this.endpoint = endpoint;
        this.clock = clock;
        this.skew = skew;
    }

    @Override
    public Optional<TokenSet> apply(Optional<TokenSet> storedNow) {
        stored = storedNow.orElse(null);
        // Tokens this process refreshed but could not store are newer than what they replace, and only than that.
        TokenSet latest = pending != null && pending.replaces(stored) ? pending.tokens() : stored;
        if (refusedBefore != null && (latest == null || refusedBefore.isIn(latest))) {
            // Still the refused grant (or nothing): forget it, as long as the store holds exactly that.
            refused = refusedBefore;
            return stored != null && refusedBefore.isIn(stored) ? Optional.empty() : storedNow;
        }
        if (latest == null) {
            throw new ReauthorizationRequiredException(connection, "no tokens are stored");
        }
        if (!latest.accessToken().equals(staleAccessToken) && !latest.expiresWithin(skew, clock.instant())) {
            // Refreshed meanwhile, by this process or another: used as they are (and stored, if they were pending).
            tokens = latest;
            return latest == stored ? storedNow : Optional.of(latest);
        }
        if (latest.refreshToken() == null) {
            refused = new RefusedGrant(NO_REFRESH_TOKEN, latest);
            return latest == stored ? Optional.empty() : storedNow;
        }
        try {
            tokens = latest.updatedBy(endpoint.refresh(latest.refreshToken()));
        } catch (OAuthException e) {
            if (!"invalid_grant".equals(e.error())) {
                throw e;
            }
            // Left as stored: a writer outside this lock may have stored newer tokens; the next pass reads again.
            refused = new RefusedGrant(INVALID_GRANT, latest);
            decideAgain = true;
            return storedNow;
        }
        refreshed = true;
        return Optional.of(tokens);
    }

    /** The tokens the store held when this pass ran, or {@code null}. */
    @Nullable
    TokenSet stored() {
        return stored;
    }

    /** The tokens to use now (refreshed or found), or {@code null} when the grant was refused. */
    @Nullable
    TokenSet tokens() {
        return tokens;
    }

    /** Whether the token endpoint issued {@link #tokens()} in this pass. */
    boolean refreshed() {
        return refreshed;
    }

    /** The grant this pass gave up on, or {@code null}. */
    @Nullable
    RefusedGrant refused() {
        return refused;
    }

    /** Whether the token endpoint refused the grant and another pass must decide, under the lock, what to keep. */
    boolean decideAgain() {
        return decideAgain;
    }
}
