package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link CoreClient.Builder#build()} names the wrong setting; the client shows no secret and caches its APIs. */
class CoreClientBuildTest {

    private static CoreClient.Builder valid() {
        return CoreClient.builder()
                .clientId("my-app")
                .clientSecret("builder-canary-secret")
                .redirectUri("https://app.example.com/callback")
                .scopes("readwrite:core", "offline_access");
    }

    private static void assertRefused(UnaryOperator<CoreClient.Builder> change, String setting) {
        assertThatThrownBy(() -> change.apply(valid()).build())
                .isInstanceOf(CoreConfigurationException.class)
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo(setting))
                .hasMessageStartingWith(setting + ":")
                .hasMessageNotContaining("builder-canary-secret");
    }

    @Test
    void aValidConfigurationBuilds() {
        CoreClient client = valid().build();

        assertThat(client.connection()).isEqualTo("default");
        assertThat(client.isAuthorized()).isFalse();
    }

    @Test
    void clientIdIsRequired() {
        assertRefused(b -> b.clientId(null), "clientId");
        assertRefused(b -> b.clientId("  "), "clientId");
    }

    @Test
    void aBlankClientSecretIsRefused() {
        assertRefused(b -> b.clientSecret(""), "clientSecret");
    }

    @Test
    void redirectUriIsRequiredAbsoluteAndWithoutFragment() {
        assertRefused(b -> b.redirectUri(null), "redirectUri");
        assertRefused(b -> b.redirectUri("/callback"), "redirectUri");
        assertRefused(b -> b.redirectUri("https://app.example.com/callback#frag"), "redirectUri");
        assertRefused(b -> b.redirectUri("https://app.example.com/call back"), "redirectUri");
    }

    @Test
    void scopesAreRequiredAndEachIsOneWord() {
        assertRefused(b -> b.scopes(List.of()), "scopes");
        assertRefused(b -> b.scopes("readwrite:core offline_access"), "scopes");
        assertRefused(b -> b.scopes("readwrite:core", " "), "scopes");
    }

    @Test
    void identityServerMustBeHttpsUnlessLoopbackIsAllowed() {
        assertRefused(b -> b.identityServer("http://127.0.0.1:8080/idp"), "identityServer");
        assertRefused(b -> b.identityServer("http://idp.example.com/idp").allowInsecureLoopback(), "identityServer");
        assertRefused(b -> b.identityServer("ftp://api-identity.bqecore.com/idp"), "identityServer");
        assertRefused(b -> b.identityServer("https://user:pw@api-identity.bqecore.com/idp"), "identityServer");
        assertRefused(b -> b.identityServer("idp"), "identityServer");

        assertThat(valid().identityServer("http://127.0.0.1:8080/idp")
                        .allowInsecureLoopback()
                        .build())
                .isNotNull();
    }

    @Test
    void anIdentityServerWithoutHostIsAConfigurationErrorNotANullPointerException() {
        // "https:///idp" is an absolute URI whose host is null.
        assertRefused(b -> b.identityServer("https:///idp"), "identityServer");
    }

    @Test
    void theIdentityServersSchemeIgnoresCase() {
        // RFC 3986 §3.1: schemes are case-insensitive.
        assertThat(valid().identityServer("HTTPS://api-identity.bqecore.com/idp")
                        .build())
                .isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bad name", "../escape", "-leading-dash", "a/b"})
    void connectionNameMustBeSafe(String name) {
        assertRefused(b -> b.connection(name), "connection");
    }

    @Test
    void connectionNameIsRequiredAndBounded() {
        assertRefused(b -> b.connection(null), "connection");
        assertRefused(b -> b.connection("a".repeat(129)), "connection");
        assertThat(valid().connection("a".repeat(128)).build().connection()).hasSize(128);
    }

    @Test
    void theConnectionNameIsCheckedFirst() {
        assertRefused(b -> b.connection("../acme").clientId(null).scopes(), "connection");
    }

    @Test
    void maxIdleConnectionsIsRefusedWithAClientThatHasItsOwnPool() {
        assertRefused(
                b -> b.maxIdleConnections(8).httpClient(new feign.Client.Default(null, null)), "maxIdleConnections");
        assertRefused(b -> b.jdkHttpClient().maxIdleConnections(8), "maxIdleConnections");
        assertRefused(b -> b.maxIdleConnections(0), "maxIdleConnections");
        assertThat(valid().maxIdleConnections(8).build()).isNotNull();
        assertThat(valid().jdkHttpClient().build()).isNotNull();
    }

    @Test
    void durationsMustNotBeNegative() {
        assertRefused(b -> b.refreshSkew(Duration.ofSeconds(-1)), "refreshSkew");
        assertRefused(b -> b.refreshSkew(null), "refreshSkew");
        assertRefused(b -> b.connectTimeout(Duration.ZERO), "connectTimeout");
        assertRefused(b -> b.readTimeout(Duration.ofMillis(-5)), "readTimeout");
        assertThat(valid().refreshSkew(Duration.ZERO).build()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "not a domain",
                "*.bqecore.com",
                "com",
                "",
                "https://bqecore.com",
                "bqecore.com/api",
                "-bqecore.com",
                "bqecore..com"
            })
    void allowedHostsMustBeDomainNames(String domain) {
        assertRefused(b -> b.allowedHosts(domain), "allowedHosts");
    }

    @Test
    void allowedHostsMustNameOneDomainAndNoNull() {
        assertRefused(b -> b.allowedHosts(), "allowedHosts");
        assertRefused(b -> b.allowedHosts("bqecore.com", null), "allowedHosts");
        assertThat(valid().allowedHosts("bqecore.com", "example.org").build()).isNotNull();
    }

    @Test
    void nullComponentsAreNamed() {
        assertRefused(b -> b.tokenStore(null), "tokenStore");
        assertRefused(b -> b.retryPolicy(null), "retryPolicy");
        assertRefused(b -> b.clock(null), "clock");
        assertRefused(b -> b.logLevel(null), "logLevel");
    }

    @Test
    void toStringShowsNoSecret() {
        CoreClient client = valid().build();
        Instant now = Instant.now();
        client.storeTokens(new TokenSet(
                "canary-access-token",
                "canary-refresh-token",
                "Bearer",
                now,
                now.plus(Duration.ofHours(1)),
                Set.of("readwrite:core"),
                "https://api.bqecore.com/api",
                "canary-id-token"));

        String text = client.toString() + client.storedTokens().orElseThrow();

        assertThat(text)
                .contains("my-app")
                .doesNotContain("builder-canary-secret")
                .doesNotContain("canary-access-token")
                .doesNotContain("canary-refresh-token")
                .doesNotContain("canary-id-token");
    }

    @Test
    void apiReturnsTheSameInstanceEachTime() {
        CoreClient client = valid().build();

        ActivityApi first = client.api(ActivityApi.class);

        assertThat(client.api(ActivityApi.class)).isSameAs(first);
    }

    @Test
    void apiIsThreadSafe() throws Exception {
        CoreClient client = valid().build();
        int threads = 32;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<ActivityApi>> futures = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                futures.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return client.api(ActivityApi.class);
                }));
            }
            Set<ActivityApi> distinct = Collections.newSetFromMap(new IdentityHashMap<>());
            for (Future<ActivityApi> future : futures) {
                distinct.add(future.get(30, TimeUnit.SECONDS));
            }

            assertThat(distinct).hasSize(1);
            assertThat(client.api(ActivityApi.class))
                    .isSameAs(distinct.iterator().next());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void apiRefusesAnInterfaceThatIsNoFeignClient() {
        CoreClient client = valid().build();

        assertThatThrownBy(() -> client.api(Runnable.class))
                .isInstanceOf(CoreConfigurationException.class)
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo("apiType"));
    }

    @Test
    void apiRefusesAClass() {
        CoreClient client = valid().build();

        assertThatThrownBy(() -> client.api(String.class))
                .isInstanceOf(CoreConfigurationException.class)
                .satisfies(e ->
                        assertThat(((CoreConfigurationException) e).setting()).isEqualTo("apiType"));
    }
}
