package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.token.TokenEndpointClient;
import dev.corekit.runtime.internal.token.TokenManager;
import dev.corekit.runtime.token.InMemoryTokenStore;
import dev.corekit.runtime.token.TokenSet;
import feign.RequestTemplate;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The interceptor replaces, never appends, {@code Authorization} and {@code X-UTC-OFFSET}. */
class CoreRequestInterceptorTest {
    private static final Instant JANUARY = Instant.parse("2025-01-15T12:00:00Z");
    private final Clock clock = Clock.fixed(JANUARY, ZoneOffset.UTC);

    /** Real token components; the identity server is never contacted because the tokens are fresh. */
    private TokenManager tokens(String accessToken) {
        TokenEndpointClient endpoint = new TokenEndpointClient(
                OAuthEndpoints.core(URI.create("https://api-identity.bqecore.com/idp")),
                new ClientCredentials("id", "secret", ClientAuthentication.BODY),
                HttpClient.newHttpClient(),
                clock,
                RetryPolicy.none(),
                EndpointPolicy.defaults());
        TokenManager manager =
                new TokenManager("default", new InMemoryTokenStore(), endpoint, clock, Duration.ofSeconds(60));
        manager.store(new TokenSet(
                accessToken,
                "refresh",
                "Bearer",
                JANUARY,
                JANUARY.plus(Duration.ofHours(1)),
                Set.of("readwrite:core"),
                "https://api.bqecore.com/api",
                null));
        return manager;
    }

    /** A template bound, as Feign binds it, to a target of the connection of {@code tokens}. */
    private static RequestTemplate templateFor(TokenManager tokens) {
        return new RequestTemplate()
                .feignTarget(new EndpointTarget<>(Runnable.class, tokens, EndpointPolicy.defaults()));
    }

    @Test
    void setsOneBearerAndOneOffset() {
        RequestTemplate template = templateFor(tokens("tok-1"));

        new CoreRequestInterceptor(UtcOffset.of(ZoneId.of("America/Los_Angeles")), clock).apply(template);

        assertThat(template.headers().get("Authorization")).containsExactly("Bearer tok-1");
        assertThat(template.headers().get("X-UTC-OFFSET")).containsExactly("-480");
    }

    @Test
    void replacesHeadersAlreadyThereInAnyCase() {
        TokenManager tokens = tokens("tok-1");
        RequestTemplate template = templateFor(tokens);
        template.header("authorization", "Basic c3RhbGU6c3RhbGU=");
        template.header("AUTHORIZATION", "Bearer stale");
        template.header("x-utc-offset", "0");
        CoreRequestInterceptor interceptor =
                new CoreRequestInterceptor(UtcOffset.fixed(ZoneOffset.ofHoursMinutes(5, 30)), clock);

        interceptor.apply(template);
        tokens.store(new TokenSet(
                "tok-2",
                "refresh",
                "Bearer",
                JANUARY,
                JANUARY.plus(Duration.ofHours(1)),
                Set.of("readwrite:core"),
                "https://api.bqecore.com/api",
                null));
        interceptor.apply(template);

        assertThat(template.headers().entrySet())
                .filteredOn(e -> e.getKey().equalsIgnoreCase("Authorization"))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).containsExactly("Bearer tok-2"));
        assertThat(template.headers().entrySet())
                .filteredOn(e -> e.getKey().equalsIgnoreCase("X-UTC-OFFSET"))
                .singleElement()
                .satisfies(e -> assertThat(e.getValue()).containsExactly("330"));
    }

    @Test
    void noOffsetRemovesAnEarlierOne() {
        RequestTemplate template = templateFor(tokens("tok-1"));
        template.header("X-UTC-OFFSET", "-480");

        new CoreRequestInterceptor(UtcOffset.none(), clock).apply(template);

        assertThat(template.headers().keySet()).noneMatch(k -> k.equalsIgnoreCase("X-UTC-OFFSET"));
    }
}
