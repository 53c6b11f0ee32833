package dev.corekit.runtime.internal.token;

import static dev.corekit.runtime.internal.token.TokenFixtures.endpoint;
import static dev.corekit.runtime.internal.token.TokenFixtures.fastRetries;
import static dev.corekit.runtime.internal.token.TokenFixtures.grant;
import static dev.corekit.runtime.internal.token.TokenFixtures.tokenPosts;
import static dev.corekit.sandbox.SandboxConfig.DEMO_CLIENT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.MutableClock;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TokenManagerTest {
    private static final String CONNECTION = "acme";
    private static final Duration SKEW = Duration.ofSeconds(60);
    private static final int THREADS = 50;

    private CoreSandbox sandbox;
    private MutableClock clock;
    private InMemoryTokenStore store;
    private TokenManager manager;

    @BeforeEach
    void start() {
        useSandbox(CoreSandbox.start());
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private void useSandbox(CoreSandbox started) {
        if (sandbox != null) {
            sandbox.close();
        }
        sandbox = started;
        clock = new MutableClock(sandbox.clock().instant().truncatedTo(ChronoUnit.SECONDS));
        store = new InMemoryTokenStore();
        manager = new TokenManager(CONNECTION, store, endpoint(sandbox, clock), clock, SKEW);
    }

    private TokenFixtures.Grant storedGrant() {
        TokenFixtures.Grant grant = grant(sandbox, clock);
        manager.store(grant.tokens());
        return grant;
    }

    private void expire() {
        clock.advance(Duration.ofHours(2));
    }

    private boolean sandboxAccepts(TokenSet tokens) {
        return sandbox.tokens()
                .activeAccess(tokens.accessToken(), sandbox.clock().instant())
                .isPresent();
    }

    private static void assertRefreshPosts(List<JournalEntry> posts, int count) {
        assertThat(posts).hasSize(count);
        assertThat(posts).allSatisfy(post -> assertThat(post.body()).contains("grant_type=refresh_token"));
    }

    /** Runs {@code task} on {@link #THREADS} threads released together; returns each outcome (value or error). */
    private static List<Object> concurrently(Callable<TokenSet> task) throws Exception {
        return Concurrently.outcomes(Collections.nCopies(THREADS, task));
    }

    @Test
    void currentReturnsTheStoredTokensUnchangedWhileValid() {
        TokenSet stored = storedGrant().tokens();

        TokenSet first = manager.current();
        clock.advance(Duration.ofMinutes(30));
        TokenSet second = manager.current();

        assertThat(first).isEqualTo(stored);
        assertThat(second).isEqualTo(stored);
        assertThat(store.load(CONNECTION)).contains(stored);
        assertThat(tokenPosts(sandbox)).isEmpty();
    }

    @Test
    void currentReadsTokensAnEarlierRunLeftInTheStore() {
        TokenSet earlier = grant(sandbox, clock).tokens();
        store.save(CONNECTION, earlier);

        assertThat(manager.current()).isEqualTo(earlier);
        assertThat(manager.stored()).contains(earlier);
        assertThat(tokenPosts(sandbox)).isEmpty();
    }

    @Test
    void refreshesAheadOfExpiryByTheSkew() {
        TokenSet stored = storedGrant().tokens();

        clock.set(stored.expiresAt().minus(SKEW).minusSeconds(1));
        assertThat(manager.current()).isEqualTo(stored);
        assertThat(tokenPosts(sandbox)).isEmpty();

        clock.set(stored.expiresAt().minus(SKEW).plusSeconds(1));
        TokenSet refreshed = manager.current();

        assertThat(refreshed.accessToken()).isNotEqualTo(stored.accessToken());
        assertThat(refreshed.expiresAt()).isEqualTo(clock.instant().plusSeconds(3600));
        assertThat(sandboxAccepts(refreshed)).isTrue();
        assertRefreshPosts(tokenPosts(sandbox), 1);

        // The refreshed token is used as it is until it nears its own expiry.
        clock.advance(Duration.ofMinutes(50));
        assertThat(manager.current()).isEqualTo(refreshed);
        assertThat(tokenPosts(sandbox)).hasSize(1);
    }

    @Test
    void aRefreshTokenThatExpiredAtTheSandboxIsTerminal() {
        TokenFixtures.Grant grant = grant(sandbox, clock, Duration.ofHours(2));
        manager.store(grant.tokens());

        // Both clocks move: the manager sees an expired access token, the sandbox an expired refresh token.
        clock.advance(Duration.ofHours(3));
        sandbox.clock().advance(Duration.ofHours(3));

        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);
        assertRefreshPosts(tokenPosts(sandbox), 1);
        assertThat(store.load(CONNECTION)).isEmpty();
    }

    @Test
    void fiftyCallersOfAnExpiredTokenShareOneRefresh() throws Exception {
        TokenSet stored = storedGrant().tokens();
        expire();
        // The refresh takes a while, so that every caller arrives while it is under way.
        sandbox.faults().on("connect/token").delay(Duration.ofMillis(300), 1);

        List<Object> outcomes = concurrently(manager::current);

        assertRefreshPosts(tokenPosts(sandbox), 1);
        assertThat(outcomes).hasSize(THREADS).allSatisfy(o -> assertThat(o).isInstanceOf(TokenSet.class));
        Set<String> accessTokens = new HashSet<>();
        outcomes.forEach(o -> accessTokens.add(((TokenSet) o).accessToken()));
        assertThat(accessTokens).hasSize(1).doesNotContain(stored.accessToken());
        TokenSet now = store.load(CONNECTION).orElseThrow();
        assertThat(accessTokens).containsExactly(now.accessToken());
        assertThat(sandboxAccepts(now)).isTrue();
    }

    @Test
    void fiftyCallersWithoutADelayStillShareOneRefresh() throws Exception {
        storedGrant();
        expire();

        List<Object> outcomes = concurrently(manager::current);

        assertRefreshPosts(tokenPosts(sandbox), 1);
        Set<String> accessTokens = new HashSet<>();
        outcomes.forEach(o -> accessTokens.add(((TokenSet) o).accessToken()));
        assertThat(accessTokens).hasSize(1);
    }

    @Test
    void withRotationTheNewRefreshTokenIsStoredBeforeCurrentReturns() {
        TokenSet old = storedGrant().tokens();
        expire();

        TokenSet refreshed = manager.current();

        TokenSet inStore = store.load(CONNECTION).orElseThrow();
        assertThat(inStore).isEqualTo(refreshed);
        assertThat(inStore.refreshToken()).isNotNull().isNotEqualTo(old.refreshToken());
        assertThat(sandbox.tokens().refresh(old.refreshToken()).orElseThrow().rotated())
                .isTrue();
        assertThat(sandbox.tokens()
                        .refresh(inStore.refreshToken())
                        .orElseThrow()
                        .rotated())
                .isFalse();
        assertThat(inStore.endpoint()).isEqualTo(old.endpoint());

        // A later run, reading only the store, can refresh again with what was stored.
        MutableClock laterClock = new MutableClock(clock.instant().plus(Duration.ofHours(2)));
        TokenManager laterRun = new TokenManager(CONNECTION, store, endpoint(sandbox, laterClock), laterClock, SKEW);
        TokenSet again = laterRun.current();
        assertThat(again.accessToken()).isNotEqualTo(refreshed.accessToken());
        assertThat(sandboxAccepts(again)).isTrue();
        assertRefreshPosts(tokenPosts(sandbox), 2);
        assertThat(tokenPosts(sandbox)).allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
    }

    @Test
    void withoutRotationTheOldRefreshTokenIsKept() {
        useSandbox(CoreSandbox.builder()
                .configure(c -> c.rotateRefreshTokens(false))
                .start());
        TokenSet old = storedGrant().tokens();
        expire();

        TokenSet refreshed = manager.current();

        assertThat(refreshed.accessToken()).isNotEqualTo(old.accessToken());
        assertThat(refreshed.refreshToken()).isEqualTo(old.refreshToken());
        assertThat(store.load(CONNECTION).orElseThrow().refreshToken()).isEqualTo(old.refreshToken());

        // And it keeps working.
        expire();
        TokenSet again = manager.current();
        assertThat(again.accessToken()).isNotEqualTo(refreshed.accessToken());
        assertThat(again.refreshToken()).isEqualTo(old.refreshToken());
        assertRefreshPosts(tokenPosts(sandbox), 2);
    }

    @Test
    void invalidGrantFromARevokedFamilyIsTerminalAndFailsFastAfterwards() {
        TokenFixtures.Grant grant = storedGrant();
        sandbox.tokens().revokeFamily(grant.family());
        expire();

        Throwable thrown = catchThrowable(manager::current);

        assertThat(thrown)
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining(CONNECTION)
                .hasMessageNotContaining(grant.tokens().refreshToken());
        assertRefreshPosts(tokenPosts(sandbox), 1);
        assertThat(store.load(CONNECTION)).isEmpty();
        assertThat(manager.stored()).isEmpty();

        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);
            assertThatThrownBy(
                            () -> manager.refreshAfterRejection(grant.tokens().accessToken()))
                    .isInstanceOf(ReauthorizationRequiredException.class);
        }
        assertThat(tokenPosts(sandbox)).hasSize(1);
    }

    @Test
    void invalidGrantFromAReusedRotatedTokenIsTerminal() {
        TokenSet old = storedGrant().tokens();
        // Someone else spends the refresh token first; the sandbox rotates it.
        endpoint(sandbox, clock).refresh(old.refreshToken());
        expire();

        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);

        assertThat(tokenPosts(sandbox)).hasSize(2);
        assertThat(tokenPosts(sandbox).get(1).status()).isEqualTo(400);
        assertThat(store.load(CONNECTION)).isEmpty();
        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(tokenPosts(sandbox)).hasSize(2);
    }

    @Test
    void storingNewTokensEndsTheTerminalState() {
        TokenFixtures.Grant grant = storedGrant();
        sandbox.tokens().revokeFamily(grant.family());
        expire();
        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);

        TokenSet reauthorized = grant(sandbox, clock).tokens();
        manager.store(reauthorized);

        assertThat(manager.current()).isEqualTo(reauthorized);
        assertThat(store.load(CONNECTION)).contains(reauthorized);
    }

    @Test
    void fiftyCallersShareAnInvalidGrant() throws Exception {
        TokenFixtures.Grant grant = storedGrant();
        sandbox.tokens().revokeFamily(grant.family());
        expire();
        sandbox.faults().on("connect/token").delay(Duration.ofMillis(300), 1);

        List<Object> outcomes = concurrently(manager::current);

        assertThat(outcomes)
                .hasSize(THREADS)
                .allSatisfy(o -> assertThat(o).isInstanceOf(ReauthorizationRequiredException.class));
        assertRefreshPosts(tokenPosts(sandbox), 1);
        assertThat(store.load(CONNECTION)).isEmpty();
    }

    @Test
    void anOAuthErrorOtherThanInvalidGrantIsNotTerminal() {
        TokenSet stored = grant(sandbox, clock).tokens();
        store.save(CONNECTION, stored);
        TokenEndpointClient wrongSecret = endpoint(
                URI.create(sandbox.identityUrl()),
                new ClientCredentials(DEMO_CLIENT_ID, "not-the-secret", ClientAuthentication.BODY),
                clock,
                fastRetries());
        TokenManager misconfigured = new TokenManager(CONNECTION, store, wrongSecret, clock, SKEW);
        expire();

        assertThatThrownBy(misconfigured::current)
                .isInstanceOfSatisfying(
                        OAuthException.class, e -> assertThat(e.error()).isEqualTo("invalid_client"));
        assertThat(store.load(CONNECTION)).contains(stored);

        // Not terminal: the next call asks the server again.
        assertThatThrownBy(misconfigured::current).isInstanceOf(OAuthException.class);
        assertThat(tokenPosts(sandbox)).hasSize(2);
        assertThat(store.load(CONNECTION)).contains(stored);

        // The tokens were kept, so a correctly configured manager still refreshes them.
        manager = new TokenManager(CONNECTION, store, endpoint(sandbox, clock), clock, SKEW);
        assertThat(sandboxAccepts(manager.current())).isTrue();
    }

    @Test
    void serverErrorsOnRefreshAreNotTerminal() {
        TokenSet stored = storedGrant().tokens();
        expire();
        // More 503s than the policy's four attempts.
        sandbox.faults().on("connect/token").status(503, 4);

        Throwable thrown = catchThrowable(manager::current);

        assertThat(thrown).isInstanceOf(CoreException.class).isNotInstanceOf(ReauthorizationRequiredException.class);
        assertThat(store.load(CONNECTION)).contains(stored);

        TokenSet refreshed = manager.current();
        assertThat(sandboxAccepts(refreshed)).isTrue();
        assertThat(tokenPosts(sandbox)).hasSize(5);
    }

    @Test
    void aDroppedConnectionOnRefreshIsNotTerminal() {
        TokenSet stored = storedGrant().tokens();
        expire();
        sandbox.faults().on("connect/token").dropConnection(1);

        assertThatThrownBy(manager::current).isInstanceOf(CoreTransportException.class);
        assertThat(tokenPosts(sandbox)).hasSize(1);
        assertThat(store.load(CONNECTION)).contains(stored);

        assertThat(sandboxAccepts(manager.current())).isTrue();
        assertThat(tokenPosts(sandbox)).hasSize(2);
    }

    @Test
    void withoutARefreshTokenAnExpiredTokenNeedsReauthorizationWithoutARequest() {
        TokenSet accessOnly = grant(sandbox, clock, null).tokens();
        assertThat(accessOnly.refreshToken()).isNull();
        manager.store(accessOnly);
        assertThat(manager.current()).isEqualTo(accessOnly);

        expire();

        assertThatThrownBy(manager::current)
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("offline_access");
        assertThat(sandbox.journal().entries()).isEmpty();
    }

    @Test
    void withoutStoredTokensReauthorizationIsRequiredWithoutARequest() {
        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);
        assertThatThrownBy(() -> manager.refreshAfterRejection("whatever"))
                .isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(sandbox.journal().entries()).isEmpty();
    }

    @Test
    void refreshAfterRejectionRefreshesARejectedValidToken() {
        TokenSet stored = storedGrant().tokens();

        TokenSet refreshed = manager.refreshAfterRejection(stored.accessToken());

        assertThat(refreshed.accessToken()).isNotEqualTo(stored.accessToken());
        assertThat(sandboxAccepts(refreshed)).isTrue();
        assertThat(store.load(CONNECTION)).contains(refreshed);
        assertRefreshPosts(tokenPosts(sandbox), 1);
    }

    @Test
    void refreshAfterRejectionOfATokenAlreadyReplacedDoesNotRefreshAgain() {
        TokenSet stored = storedGrant().tokens();
        // Two calls were rejected with the same token; the first caller refreshes.
        TokenSet replaced = manager.refreshAfterRejection(stored.accessToken());

        TokenSet second = manager.refreshAfterRejection(stored.accessToken());

        assertThat(second).isEqualTo(replaced);
        assertRefreshPosts(tokenPosts(sandbox), 1);
    }

    @Test
    void fiftyRejectedCallersShareOneRefresh() throws Exception {
        TokenSet stored = storedGrant().tokens();
        sandbox.faults().on("connect/token").delay(Duration.ofMillis(300), 1);

        List<Object> outcomes = concurrently(() -> manager.refreshAfterRejection(stored.accessToken()));

        assertRefreshPosts(tokenPosts(sandbox), 1);
        Set<String> accessTokens = new HashSet<>();
        outcomes.forEach(o -> accessTokens.add(((TokenSet) o).accessToken()));
        assertThat(accessTokens).hasSize(1).doesNotContain(stored.accessToken());
    }

    @Test
    void clearForgetsTheTokens() {
        storedGrant();

        manager.clear();

        assertThat(store.load(CONNECTION)).isEmpty();
        assertThatThrownBy(manager::current).isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(tokenPosts(sandbox)).isEmpty();
    }

    @Test
    void toStringShowsNoToken() {
        TokenSet stored = storedGrant().tokens();

        assertThat(manager.toString())
                .contains(CONNECTION)
                .doesNotContain(stored.accessToken())
                .doesNotContain(stored.refreshToken());
    }

    @Test
    void theManagerReadsItsOwnClockNotTheSandboxs() {
        TokenSet stored = storedGrant().tokens();
        // The sandbox's time moves past the access token's expiry; the manager's does not.
        sandbox.clock().advance(Duration.ofHours(2));

        assertThat(manager.current()).isEqualTo(stored);
        assertThat(tokenPosts(sandbox)).isEmpty();
        assertThat(Instant.now().isBefore(stored.expiresAt())).isTrue();
    }

    /**
     * With rotation, a refresh spends the old refresh token at the server. If the store then fails once (a full
     * disk), the new refresh token must not be forgotten: sending the spent one again makes CORE revoke the grant.
     */
    @Test
    void aFailedSaveAfterARotatingRefreshDoesNotLoseTheNewRefreshToken() {
        FlakyTokenStore flaky = new FlakyTokenStore();
        manager = new TokenManager(CONNECTION, flaky, endpoint(sandbox, clock), clock, SKEW);
        TokenFixtures.Grant grant = grant(sandbox, clock);
        manager.store(grant.tokens());
        expire();
        flaky.failNextSave(() -> new CoreException("cannot write the token file: disk full"));

        Throwable first = catchThrowable(manager::current);
        Throwable second = catchThrowable(manager::current);

        // The refreshed tokens are used although the save failed, and stored on the next call.
        assertThat(first).as("the first call, whose save failed").isNull();
        assertThat(second).as("the second call, with a working store").isNull();
        assertThat(flaky.load(CONNECTION))
                .get()
                .extracting(TokenSet::refreshToken)
                .isNotEqualTo(grant.tokens().refreshToken());
        assertThat(sandbox.tokens().revoked(grant.family())).isFalse();
        assertThat(tokenPosts(sandbox)).allSatisfy(p -> assertThat(p.status()).isEqualTo(200));
    }
}
