package dev.corekit.runtime.auth;

import static dev.corekit.runtime.auth.FlowFixture.decode;
import static dev.corekit.runtime.auth.FlowFixture.follow;
import static dev.corekit.runtime.auth.FlowFixture.withParameter;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.internal.auth.AuthorizationState;
import dev.corekit.runtime.internal.auth.CallbackResult;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AuthorizationFlowTest {
    @RegisterExtension
    static final dev.corekit.sandbox.junit.CoreSandboxExtension SANDBOX =
            dev.corekit.sandbox.junit.CoreSandboxExtension.configure(
                    b -> b.configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, "demo-company-a")));

    private static ClientCredentials web(ClientAuthentication method) {
        return new ClientCredentials(SandboxConfig.DEMO_CLIENT_ID, SandboxConfig.DEMO_CLIENT_SECRET, method);
    }

    private static ClientCredentials nativeApp() {
        return new ClientCredentials(SandboxConfig.DEMO_NATIVE_CLIENT_ID, null, ClientAuthentication.BODY);
    }

    private static CoreSandbox sandbox() {
        return SANDBOX.sandbox();
    }

    private static void assertGoodTokens(FlowFixture fixture, AuthorizationResult result) {
        TokenSet tokens = result.tokens();
        assertThat(tokens.endpoint()).endsWith("/api/demo-company-a/");
        assertThat(tokens.accessToken()).isNotBlank();
        assertThat(tokens.refreshToken()).isNotBlank();
        assertThat(fixture.manager.stored()).contains(tokens);
        assertThat(result.companyId()).isEqualTo("demo-company-a");
    }

    @Test
    void theAuthorizeUriCarriesExactlyTheDocumentedParameters() {
        FlowFixture fixture = new FlowFixture(sandbox(), web(ClientAuthentication.BODY));

        AuthorizationRequest request = fixture.flow.start();

        URI uri = request.uri();
        assertThat(uri.toString()).startsWith(sandbox().identityUrl() + "/connect/authorize?");
        Map<String, String> query = decode(uri.getRawQuery());
        assertThat(query.keySet())
                .containsExactly(
                        "client_id",
                        "response_type",
                        "scope",
                        "redirect_uri",
                        "state",
                        "code_challenge",
                        "code_challenge_method");
        assertThat(query)
                .contains(
                        entry("client_id", SandboxConfig.DEMO_CLIENT_ID),
                        entry("response_type", "code"),
                        entry("scope", "readwrite:core offline_access"),
                        entry("redirect_uri", FlowFixture.REDIRECT),
                        entry("state", request.state()),
                        entry("code_challenge_method", "S256"));
        assertThat(query.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
        // Space as %20: '+' means a space only to form decoders.
        assertThat(uri.getRawQuery())
                .contains("scope=readwrite%3Acore%20offline_access")
                .doesNotContain("+");
        assertThat(request.redirectUri()).isEqualTo(FlowFixture.REDIRECT);
        assertThat(request.scopes()).containsExactly("readwrite:core", "offline_access");
        assertThat(request.pkce()).isTrue();
    }

    @Test
    void withoutPkceTheUriHasNoChallengeAndTheExchangeNoVerifier() {
        FlowFixture fixture = new FlowFixture(sandbox(), web(ClientAuthentication.BODY), false, FlowFixture.SCOPES);

        AuthorizationRequest request = fixture.flow.start();
        AuthorizationResult result = fixture.flow.complete(follow(request.uri()));

        assertThat(decode(request.uri().getRawQuery())).doesNotContainKeys("code_challenge", "code_challenge_method");
        assertThat(request.pkce()).isFalse();
        assertGoodTokens(fixture, result);
        assertThat(decode(fixture.tokenRequests().get(0).body())).doesNotContainKey("code_verifier");
    }

    @Test
    void eachStartHasItsOwnStateAndChallenge() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());

        Map<String, String> first = decode(fixture.flow.start().uri().getRawQuery());
        Map<String, String> second = decode(fixture.flow.start().uri().getRawQuery());

        assertThat(first.get("state")).isNotEqualTo(second.get("state"));
        assertThat(first.get("code_challenge")).isNotEqualTo(second.get("code_challenge"));
    }

    @Test
    void theStateIsABase64urlJsonNonceAndTheAppValuesComeBack() {
        FlowFixture fixture = new FlowFixture(sandbox(), web(ClientAuthentication.BODY));

        AuthorizationRequest request = fixture.flow.start(Map.of("returnTo", "/invoices?page=2"));
        URI callback = follow(request.uri());

        assertThat(request.state()).matches("[A-Za-z0-9_-]+");
        AuthorizationState state = AuthorizationState.decode(request.state());
        assertThat(Base64.getUrlDecoder().decode(state.nonce())).hasSizeGreaterThanOrEqualTo(32);
        assertThat(state.applicationValues()).containsExactly(entry("returnTo", "/invoices?page=2"));
        // CORE returns the state unchanged.
        assertThat(CallbackResult.parse(callback).state()).isEqualTo(request.state());
        AuthorizationResult result = fixture.flow.complete(callback);
        assertThat(result.applicationValues()).containsExactly(entry("returnTo", "/invoices?page=2"));
    }

    @Test
    void theWebAppSendsItsSecretInTheBody() {
        FlowFixture fixture = new FlowFixture(sandbox(), web(ClientAuthentication.BODY));

        AuthorizationResult result =
                fixture.flow.complete(follow(fixture.flow.start().uri()));

        assertGoodTokens(fixture, result);
        List<JournalEntry> tokenRequests = fixture.tokenRequests();
        assertThat(tokenRequests).hasSize(1);
        Map<String, String> form = decode(tokenRequests.get(0).body());
        assertThat(form)
                .contains(
                        entry("grant_type", "authorization_code"),
                        entry("client_id", SandboxConfig.DEMO_CLIENT_ID),
                        entry("client_secret", "***"),
                        entry("code", "***"),
                        entry("code_verifier", "***"));
        assertThat(tokenRequests.get(0).header("Authorization")).isNull();
    }

    @Test
    void theWebAppCanUseHttpBasic() {
        FlowFixture fixture = new FlowFixture(sandbox(), web(ClientAuthentication.BASIC));

        AuthorizationResult result =
                fixture.flow.complete(follow(fixture.flow.start().uri()));

        assertGoodTokens(fixture, result);
        JournalEntry tokenRequest = fixture.tokenRequests().get(0);
        assertThat(tokenRequest.header("Authorization")).isEqualTo("Basic ***");
        assertThat(decode(tokenRequest.body())).doesNotContainKey("client_secret");
    }

    @Test
    void theNativeAppUsesPkceWithoutASecret() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());

        AuthorizationResult result =
                fixture.flow.complete(follow(fixture.flow.start().uri()));

        assertGoodTokens(fixture, result);
        JournalEntry tokenRequest = fixture.tokenRequests().get(0);
        Map<String, String> form = decode(tokenRequest.body());
        assertThat(form)
                .contains(entry("client_id", SandboxConfig.DEMO_NATIVE_CLIENT_ID), entry("code_verifier", "***"));
        assertThat(form).doesNotContainKey("client_secret");
        assertThat(tokenRequest.header("Authorization")).isNull();
    }

    @Test
    void completeAcceptsTheCallbackAsAParameterMap() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());

        AuthorizationResult result = fixture.flow.complete(decode(callback.getRawQuery()));

        assertGoodTokens(fixture, result);
    }

    @Test
    void theRedirectUriReachesTheTokenEndpointByteForByte() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        String redirect = "http://127.0.0.1:50123/callback?tenant=a%2Fb&name=%C3%A9t%C3%A9&flag";

        AuthorizationRequest request = fixture.flow.start(redirect, Map.of());
        URI callback = follow(request.uri());
        AuthorizationResult result = fixture.flow.complete(callback);

        assertGoodTokens(fixture, result);
        JournalEntry authorize =
                sandbox().journal().entries("/connect/authorize").get(0);
        String sentToAuthorize = decode(authorize.query()).get("redirect_uri");
        String sentToToken = decode(fixture.tokenRequests().get(0).body()).get("redirect_uri");
        assertThat(sentToAuthorize).isEqualTo(redirect);
        assertThat(sentToToken).isEqualTo(redirect);
        assertThat(request.redirectUri()).isEqualTo(redirect);
    }

    @Test
    void aForgedStateIsRefusedAndNeverReachesTheTokenEndpoint() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());
        String wellFormedButForeign =
                AuthorizationState.create(Map.of(), new SecureRandom()).encode();

        assertStateRefused(fixture, withParameter(callback, "state", wellFormedButForeign), Reason.UNKNOWN);
        assertStateRefused(fixture, withParameter(callback, "state", "forged"), Reason.UNKNOWN);
        assertThat(fixture.tokenRequests()).isEmpty();
        assertThat(fixture.manager.stored()).isEmpty();

        // Forgeries do not spend the real state: the real callback still works.
        assertGoodTokens(fixture, fixture.flow.complete(callback));
    }

    @Test
    void aMissingStateIsRefusedAndNeverReachesTheTokenEndpoint() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());

        assertStateRefused(fixture, withParameter(callback, "state", null), Reason.MISSING);
        assertStateRefused(fixture, withParameter(callback, "state", ""), Reason.MISSING);
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void aReplayedStateIsRefusedAndNeverReachesTheTokenEndpointAgain() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());
        fixture.flow.complete(callback);

        assertStateRefused(fixture, callback, Reason.REPLAYED);
        assertThat(fixture.tokenRequests()).hasSize(1);
    }

    @Test
    void anExpiredStateIsRefusedAndNeverReachesTheTokenEndpoint() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());

        fixture.flowClock.advance(Duration.ofMinutes(10).plusSeconds(1));

        assertStateRefused(fixture, callback, Reason.EXPIRED);
        assertStateRefused(fixture, callback, Reason.EXPIRED);
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void aStateIsStillGoodJustBeforeItExpires() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());

        fixture.flowClock.advance(Duration.ofMinutes(9).plusSeconds(59));

        assertGoodTokens(fixture, fixture.flow.complete(callback));
    }

    @Test
    void aStateIsSpentEvenWhenTheCodeExchangeFails() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        URI callback = follow(fixture.flow.start().uri());
        URI badCode = withParameter(callback, "code", "not-a-code");

        assertThatThrownBy(() -> fixture.flow.complete(badCode))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> assertThat(((OAuthException) e).error()).isEqualTo("invalid_grant"));
        assertStateRefused(fixture, callback, Reason.REPLAYED);
        assertThat(fixture.tokenRequests()).hasSize(1);
    }

    private static void assertStateRefused(FlowFixture fixture, URI callback, Reason reason) {
        assertThatThrownBy(() -> fixture.flow.complete(callback))
                .isInstanceOf(AuthorizationStateException.class)
                .satisfies(e ->
                        assertThat(((AuthorizationStateException) e).reason()).isEqualTo(reason));
    }

    @Test
    void aDeniedCallbackThrowsAccessDeniedAndSpendsTheState() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        AuthorizationRequest request = fixture.flow.start();
        URI denied = URI.create(
                request.redirectUri() + "?error=access_denied&error_reason=user_denied&state=" + request.state());

        assertThatThrownBy(() -> fixture.flow.complete(denied))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> {
                    OAuthException oauth = (OAuthException) e;
                    assertThat(oauth.error()).isEqualTo("access_denied");
                    assertThat(oauth.description()).contains("user_denied");
                    assertThat(oauth.status()).isZero();
                });
        assertStateRefused(fixture, denied, Reason.REPLAYED);
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void aDeniedCallbackWithAForgedStateIsAStateError() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        fixture.flow.start();

        assertStateRefused(
                fixture,
                URI.create(FlowFixture.REDIRECT + "?error=access_denied&error_reason=user_denied&state=forged"),
                Reason.UNKNOWN);
    }

    @Test
    void theSeedsInvalidScopeCallbackThrowsInvalidScope() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        AuthorizationRequest request = fixture.flow.start();
        URI invalidScope =
                URI.create(request.redirectUri() + "?invalid_scope=write%3Aeverything&state=" + request.state());

        assertThatThrownBy(() -> fixture.flow.complete(invalidScope))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> assertThat(((OAuthException) e).error()).isEqualTo("invalid_scope"));
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void anUnknownScopeComesBackFromTheIdentityServerAsInvalidScope() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp(), true, Set.of("write:everything"));

        URI callback = follow(fixture.flow.start().uri());

        assertThatThrownBy(() -> fixture.flow.complete(callback))
                .isInstanceOf(OAuthException.class)
                .satisfies(e -> assertThat(((OAuthException) e).error()).isEqualTo("invalid_scope"));
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void aCallbackWithNeitherCodeNorErrorIsATypedError() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        AuthorizationRequest request = fixture.flow.start();

        assertThatThrownBy(() -> fixture.flow.complete(Map.of("state", request.state())))
                .isInstanceOf(AuthorizationCallbackException.class);
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void cancelForgetsAPendingRequest() {
        FlowFixture fixture = new FlowFixture(sandbox(), nativeApp());
        AuthorizationRequest request = fixture.flow.start();
        URI callback = follow(request.uri());

        assertThat(fixture.flow.cancel(request.state())).isTrue();

        assertStateRefused(fixture, callback, Reason.UNKNOWN);
        assertThat(fixture.tokenRequests()).isEmpty();
    }

    @Test
    void refusesBadSettings() {
        FlowFixture good = new FlowFixture(sandbox(), nativeApp());
        URI identity = URI.create(sandbox().identityUrl());
        ClientCredentials credentials = nativeApp();

        assertThatThrownBy(() -> new AuthorizationFlow(
                        identity,
                        credentials,
                        FlowFixture.REDIRECT,
                        Set.of(),
                        true,
                        good.flowClock,
                        Duration.ofMinutes(10),
                        good.tokenEndpoint,
                        good.manager))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("scopes");
        Set<String> spaced = new LinkedHashSet<>(List.of("read:core offline_access"));
        assertThatThrownBy(() -> new AuthorizationFlow(
                        identity,
                        credentials,
                        FlowFixture.REDIRECT,
                        spaced,
                        true,
                        good.flowClock,
                        Duration.ofMinutes(10),
                        good.tokenEndpoint,
                        good.manager))
                .isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> new AuthorizationFlow(
                        identity,
                        credentials,
                        FlowFixture.REDIRECT,
                        FlowFixture.SCOPES,
                        false,
                        good.flowClock,
                        Duration.ofMinutes(10),
                        good.tokenEndpoint,
                        good.manager))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("pkce");
        assertThatThrownBy(() -> new AuthorizationFlow(
                        URI.create("https://elsewhere.example/idp"),
                        credentials,
                        FlowFixture.REDIRECT,
                        FlowFixture.SCOPES,
                        true,
                        good.flowClock,
                        Duration.ofMinutes(10),
                        good.tokenEndpoint,
                        good.manager))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("identityServer");
        assertThatThrownBy(() -> new AuthorizationFlow(
                        identity,
                        web(ClientAuthentication.BODY),
                        FlowFixture.REDIRECT,
                        FlowFixture.SCOPES,
                        true,
                        good.flowClock,
                        Duration.ofMinutes(10),
                        good.tokenEndpoint,
                        good.manager))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("clientId");
        assertThatThrownBy(() -> good.flow.start("/relative/callback", Map.of()))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("redirectUri");
        assertThatThrownBy(() -> good.flow.start("http://127.0.0.1/callback#fragment", Map.of()))
                .isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> good.flow.start("http://127.0.0.1/callback?state=x", Map.of()))
                .isInstanceOf(CoreConfigurationException.class);
        // A trailing slash on the identity server is the same server.
        new AuthorizationFlow(
                URI.create(sandbox().identityUrl() + "/"),
                credentials,
                null,
                FlowFixture.SCOPES,
                true,
                good.flowClock,
                Duration.ofMinutes(10),
                good.tokenEndpoint,
                good.manager);
    }

    @Test
    void startWithoutADefaultRedirectUriNeedsOne() {
        FlowFixture good = new FlowFixture(sandbox(), nativeApp());
        AuthorizationFlow flow = new AuthorizationFlow(
                URI.create(sandbox().identityUrl()),
                nativeApp(),
                null,
                FlowFixture.SCOPES,
                true,
                good.flowClock,
                Duration.ofMinutes(10),
                good.tokenEndpoint,
                good.manager);

        assertThatThrownBy(flow::start)
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("redirect");
        assertThat(flow.start(FlowFixture.REDIRECT, Map.of()).redirectUri()).isEqualTo(FlowFixture.REDIRECT);
    }
}
