package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.error.TokenResponseException;
import dev.corekit.runtime.token.TokenSet;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

/**
 * corekit against a standard OAuth 2.0 server it was not written for: Spring Authorization Server, run in-process on
 * 127.0.0.1 with its defaults (form log-in, PKCE required, refresh tokens, OpenID Connect discovery, userinfo and
 * revocation). The whole authorization-code flow with PKCE and a client secret, the log-in followed over HTTP, then
 * calls to an API server this test starts: the server sends no {@code endpoint}, so the API base is {@code apiBase}.
 */
class StandardOAuthServerTest {
    private static final String CLIENT_ID = "corekit-app";
    private static final String CLIENT_SECRET = "spring-client-secret-4711";
    private static final String USER = "demo";
    private static final String PASSWORD = "demo-password-4711";
    private static final String REDIRECT_URI = "http://127.0.0.1/callback";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    /** Spring Boot's auto-configured authorization server, set up by properties alone. */
    @Configuration(proxyBeanMethods = false)
    @EnableAutoConfiguration
    static class AuthorizationServer {}

    private static ConfigurableApplicationContext spring;
    private static String issuer;
    private static TestServer api;

    @BeforeAll
    static void start() {
        String client = "spring.security.oauth2.authorizationserver.client.corekit.";
        spring = new SpringApplicationBuilder(AuthorizationServer.class)
                .bannerMode(Banner.Mode.OFF)
                .web(WebApplicationType.SERVLET)
                .properties(Map.ofEntries(
                        Map.entry("server.address", "127.0.0.1"),
                        Map.entry("server.port", "0"),
                        Map.entry("spring.security.user.name", USER),
                        Map.entry("spring.security.user.password", PASSWORD),
                        Map.entry(client + "registration.client-id", CLIENT_ID),
                        Map.entry(client + "registration.client-secret", "{noop}" + CLIENT_SECRET),
                        Map.entry(
                                client + "registration.client-authentication-methods",
                                "client_secret_post,client_secret_basic"),
                        Map.entry(
                                client + "registration.authorization-grant-types", "authorization_code,refresh_token"),
                        Map.entry(client + "registration.redirect-uris", REDIRECT_URI),
                        Map.entry(client + "registration.scopes", "openid,profile,core.read"),
                        Map.entry(client + "require-proof-key", "true"),
                        Map.entry(client + "require-authorization-consent", "false")))
                .run();
        int port = ((WebServerApplicationContext) spring).getWebServer().getPort();
        issuer = "http://127.0.0.1:" + port;
        api = TestServer.start();
        api.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
    }

    @AfterAll
    static void stop() {
        api.close();
        spring.close();
    }

    private static CoreClient.Builder app() {
        return CoreClient.builder()
                .clientId(CLIENT_ID)
                .clientSecret(CLIENT_SECRET)
                .redirectUri(REDIRECT_URI)
                .scopes("openid", "profile", "core.read")
                .apiBase(api.url() + "/api")
                .allowInsecureLoopback();
    }

    /**
     * The browser: the authorize request sends it to the log-in form, whose post (with its CSRF token and the session
     * cookie) sends it back to the authorize request, which redirects to the app with the code.
     */
    private static URI logIn(URI authorize) throws IOException, InterruptedException {
        HttpClient browser = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .cookieHandler(new CookieManager())
                .build();
        URI loginPage = URI.create(location(browser, HttpRequest.newBuilder(authorize)));
        HttpResponse<String> form = browser.send(
                HttpRequest.newBuilder(loginPage).header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher csrf = CSRF.matcher(form.body());
        assertThat(csrf.find()).as("the log-in form's CSRF token").isTrue();
        String credentials =
                "username=" + encode(USER) + "&password=" + encode(PASSWORD) + "&_csrf=" + encode(csrf.group(1));
        URI back = loginPage.resolve(location(
                browser,
                HttpRequest.newBuilder(loginPage)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(credentials))));
        return URI.create(location(browser, HttpRequest.newBuilder(back)));
    }

    private static String location(HttpClient browser, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<String> response =
                browser.send(request.header("Accept", "text/html").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as("answer to " + response.uri()).isEqualTo(302);
        return response.headers().firstValue("Location").orElseThrow();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Marks the stored access token expired, so that the next call refreshes it first. */
    private static void expire(CoreClient client) {
        TokenSet stored = client.storedTokens().orElseThrow();
        client.storeTokens(new TokenSet(
                stored.accessToken(),
                stored.refreshToken(),
                stored.tokenType(),
                stored.receivedAt(),
                Instant.now(),
                stored.scopes(),
                stored.endpoint(),
                stored.idToken()));
    }

    private static List<String> bearers() {
        return api.requests("/api/").stream()
                .map(seen -> seen.header("Authorization"))
                .toList();
    }

    @Test
    void discoveredEndpointsCarryTheWholeFlowRefreshUserInfoAndRevocation() throws Exception {
        CoreClient client = app().discover(issuer).build();
        int apiCalls = api.requests("/api/").size();

        AuthorizationRequest request = client.authorization().start();
        client.authorization().complete(logIn(request.uri()));
        String first = client.storedTokens().orElseThrow().accessToken();
        client.api(ActivityApi.class).list(CoreQuery.all());
        expire(client);
        client.api(ActivityApi.class).list(CoreQuery.all());
        String second = client.storedTokens().orElseThrow().accessToken();
        JsonNode claims = client.userInfo();

        assertThat(request.pkce()).isTrue();
        assertThat(request.uri().toString())
                .startsWith(issuer + "/oauth2/authorize?")
                .contains("code_challenge_method=S256");
        assertThat(second).isNotEqualTo(first);
        assertThat(bearers().subList(apiCalls, bearers().size()))
                .containsExactly("Bearer " + first, "Bearer " + second);
        assertThat(api.requests("/api/").get(apiCalls).path()).isEqualTo("/api/activity");
        assertThat(claims.get("sub").asText()).isEqualTo(USER);

        TokenSet revoked = client.storedTokens().orElseThrow();
        client.revoke();
        assertThat(client.isAuthorized()).isFalse();
        client.storeTokens(revoked);
        expire(client);
        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isInstanceOf(ReauthorizationRequiredException.class)
                .hasMessageContaining("invalid_grant");
        assertThat(api.requests("/api/")).hasSize(apiCalls + 2);
    }

    @Test
    void endpointsGivenOneByOneWithHttpBasicClientAuthentication() throws Exception {
        CoreClient client = app().authorizationEndpoint(issuer + "/oauth2/authorize")
                .tokenEndpoint(issuer + "/oauth2/token")
                .revocationEndpoint(issuer + "/oauth2/revoke")
                .userInfoEndpoint(issuer + "/userinfo")
                .clientAuthentication(ClientAuthentication.BASIC)
                .build();

        client.authorization().complete(logIn(client.authorization().start().uri()));
        String first = client.storedTokens().orElseThrow().accessToken();
        expire(client);
        client.api(ActivityApi.class).list(CoreQuery.all());
        String refreshed = client.storedTokens().orElseThrow().accessToken();
        JsonNode claims = client.userInfo();
        client.revoke();

        assertThat(refreshed).isNotEqualTo(first);
        assertThat(bearers()).last().isEqualTo("Bearer " + refreshed);
        assertThat(claims.get("sub").asText()).isEqualTo(USER);
        assertThat(client.isAuthorized()).isFalse();
    }

    @Test
    void withoutApiBaseTheTokensOfAServerThatNamesNoEndpointAreRefused() throws Exception {
        CoreClient client = app().apiBase(null).discover(issuer).build();

        AuthorizationRequest request = client.authorization().start();
        URI callback = logIn(request.uri());

        assertThatThrownBy(() -> client.authorization().complete(callback))
                .isExactlyInstanceOf(TokenResponseException.class)
                .hasMessageContaining("endpoint")
                .hasMessageContaining("apiBase");
        assertThat(client.isAuthorized()).isFalse();
    }
}
