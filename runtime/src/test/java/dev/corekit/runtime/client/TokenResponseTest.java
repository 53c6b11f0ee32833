package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.error.TokenResponseException;
import dev.corekit.runtime.token.TokenSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a token response must hold before its tokens are stored: an {@code endpoint} the endpoint policy allows (or
 * none, with an explicit {@code apiBase}), and an {@code expires_in} that is a positive number. A response that fails
 * is a {@link TokenResponseException} naming the field: nothing is stored and no API call can follow.
 */
class TokenResponseTest {
    private static final String ACCESS = "CANARY-ACCESS-7";
    private static final String REFRESH = "CANARY-REFRESH-7";

    private final TestServer server = TestServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    /** Answers the token endpoint with CORE's fields, then {@code extra} (JSON members, each after a comma). */
    private void tokenEndpointAnswers(String expiresIn, String extra) {
        server.on(
                "/idp/connect/token",
                (exchange, seen) -> TestServer.json(
                        exchange,
                        200,
                        "{\"access_token\":\"" + ACCESS + "\",\"token_type\":\"Bearer\"," + expiresIn
                                + "\"refresh_token\":\"" + REFRESH + "\",\"scope\":\"readwrite:core offline_access\""
                                + extra + "}"));
        server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 200, "[]"));
    }

    private static void logIn(CoreClient client) {
        AuthorizationRequest request = client.authorization().start();
        client.authorization().complete(Map.of("code", "code-1", "state", request.state()));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                ",\"endpoint\":null",
                ",\"endpoint\":\"\"",
                ",\"endpoint\":\"  \"",
                ",\"endpoint\":{\"url\":\"https://api.bqecore.com/api\"}",
                ",\"endpoint\":[\"https://api.bqecore.com/api\"]",
                ",\"endpoint\":42",
                ",\"endpoint\":true",
                ",\"endpoint\":\"https://evil.example.com/api\"",
                ",\"endpoint\":\"https://api.bqecore.com.evil.com/api\"",
                ",\"endpoint\":\"http://api.bqecore.com/api\"",
                ",\"endpoint\":\"https://user:pw@api.bqecore.com/api\"",
                ",\"endpoint\":\"https://api.bqecore.com/api?company=1\"",
                ",\"endpoint\":\"https://api.bqecore.com/api#x\"",
                ",\"endpoint\":\"https://api.bqecore.com:8443/api\"",
                ",\"endpoint\":\"api.bqecore.com/api\"",
                ",\"endpoint\":\"javascript:alert(1)\"",
            })
    void aCodeExchangeWithoutAUsableEndpointIsRefusedAndNothingIsStored(String endpoint) {
        tokenEndpointAnswers("\"expires_in\":3600,", endpoint);
        CoreClient client = Fixtures.serverClient(server).build();

        Throwable thrown = catchThrowable(() -> logIn(client));

        assertThat(thrown)
                .isExactlyInstanceOf(TokenResponseException.class)
                .hasMessageContaining("authorization_code token response")
                .hasMessageContaining("endpoint")
                .hasMessageNotContaining(ACCESS)
                .hasMessageNotContaining(REFRESH)
                .hasMessageNotContaining("pw@");
        assertThat(((TokenResponseException) thrown).field()).isEqualTo("endpoint");
        assertThat(client.isAuthorized()).isFalse();
        assertThatThrownBy(() -> client.api(ActivityApi.class).list(CoreQuery.all()))
                .isInstanceOf(ReauthorizationRequiredException.class);
        assertThat(server.requests("/api/")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ",\"endpoint\":null", ",\"endpoint\":\"\""})
    void withAnApiBaseTokensWithoutAnEndpointCallIt(String endpoint) {
        tokenEndpointAnswers("\"expires_in\":3600,", endpoint);
        CoreClient client = Fixtures.serverClient(server)
                .apiBase(server.url() + "/api/fallback/")
                .build();

        logIn(client);
        client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(server.requests("/api/")).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/fallback/activity");
            assertThat(call.authorization()).containsExactly("Bearer " + ACCESS);
        });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                ",\"endpoint\":{\"url\":\"https://api.bqecore.com/api\"}",
                ",\"endpoint\":\"https://evil.example.com/api\"",
                ",\"endpoint\":\"https://api.bqecore.com:8443/api\""
            })
    void anApiBaseIsAFallbackNotACoverForABadEndpoint(String endpoint) {
        tokenEndpointAnswers("\"expires_in\":3600,", endpoint);
        CoreClient client = Fixtures.serverClient(server)
                .apiBase(server.url() + "/api/fallback")
                .build();

        assertThatThrownBy(() -> logIn(client))
                .isExactlyInstanceOf(TokenResponseException.class)
                .hasMessageContaining("endpoint");
        assertThat(client.isAuthorized()).isFalse();
        assertThat(server.requests("/api/")).isEmpty();
    }

    @Test
    void aNamedEndpointWinsOverTheApiBase() {
        tokenEndpointAnswers("\"expires_in\":3600,", ",\"endpoint\":\"" + server.url() + "/api/named\"");
        CoreClient client = Fixtures.serverClient(server)
                .apiBase(server.url() + "/api/fallback")
                .build();

        logIn(client);
        client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(server.requests("/api/")).extracting(TestServer.Seen::path).containsExactly("/api/named/activity");
    }

    @Test
    void aRefreshWithoutAnEndpointKeepsTheCheckedOneOfTheStoredTokens() {
        tokenEndpointAnswers("\"expires_in\":3600,", "");
        CoreClient client = Fixtures.serverClient(server).build();
        Fixtures.storeExpiringSoon(client, "old-token", "old-refresh", server.url() + "/api/one");

        client.api(ActivityApi.class).list(CoreQuery.all());

        assertThat(server.requests("/idp/connect/token")).hasSize(1);
        assertThat(server.requests("/api/")).singleElement().satisfies(call -> {
            assertThat(call.path()).isEqualTo("/api/one/activity");
            assertThat(call.authorization()).containsExactly("Bearer " + ACCESS);
        });
        assertThat(client.storedTokens().orElseThrow().endpoint()).isEqualTo(server.url() + "/api/one");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "1e30",
                "9223372036854775807",
                "9223372036854775808",
                "18446744073709551616",
                "1e400",
                "31536001",
                "3.2e9"
            })
    void aHugeExpiresInIsCutToOneYear(String expiresIn) {
        tokenEndpointAnswers("\"expires_in\":" + expiresIn + ",", ",\"endpoint\":\"" + server.url() + "/api/a\"");
        CoreClient client = Fixtures.serverClient(server).build();

        logIn(client);

        TokenSet stored = client.storedTokens().orElseThrow();
        assertThat(Duration.between(stored.receivedAt(), stored.expiresAt())).isEqualTo(TokenSet.MAX_LIFETIME);
        client.api(ActivityApi.class).list(CoreQuery.all());
        assertThat(server.requests("/idp/connect/token")).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"3600\"", "3600", "3600.7"})
    void aNumberOrAStringOfDigitsIsTheLifetime(String expiresIn) {
        tokenEndpointAnswers("\"expires_in\":" + expiresIn + ",", ",\"endpoint\":\"" + server.url() + "/api/a\"");
        CoreClient client = Fixtures.serverClient(server).build();

        logIn(client);

        TokenSet stored = client.storedTokens().orElseThrow();
        assertThat(Duration.between(stored.receivedAt(), stored.expiresAt())).isEqualTo(Duration.ofSeconds(3600));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "\"expires_in\":null,",
                "\"expires_in\":0,",
                "\"expires_in\":-5,",
                "\"expires_in\":-9223372036854775808,",
                "\"expires_in\":-1e400,",
                "\"expires_in\":0.5,",
                "\"expires_in\":\"abc\",",
                "\"expires_in\":\"-3600\",",
                "\"expires_in\":\"\",",
                "\"expires_in\":true,",
                "\"expires_in\":{\"seconds\":3600},",
            })
    void anExpiresInThatIsNoPositiveNumberIsRefused(String expiresIn) {
        tokenEndpointAnswers(expiresIn, ",\"endpoint\":\"" + server.url() + "/api/a\"");
        CoreClient client = Fixtures.serverClient(server).build();

        Throwable thrown = catchThrowable(() -> logIn(client));

        assertThat(thrown)
                .isExactlyInstanceOf(TokenResponseException.class)
                .hasMessageContaining("expires_in")
                .hasMessageNotContaining(ACCESS)
                .hasMessageNotContaining(REFRESH);
        assertThat(((TokenResponseException) thrown).field()).isEqualTo("expires_in");
        assertThat(client.isAuthorized()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"access_token", "refresh_token", "token_type", "scope", "id_token"})
    void aTokenFieldThatIsNoStringIsRefusedByName(String field) {
        server.on(
                "/idp/connect/token",
                (exchange, seen) -> TestServer.json(
                        exchange,
                        200,
                        TestServer.tokenResponse(ACCESS, REFRESH, server.url() + "/api/a")
                                .replace("\"" + field + "\":", "\"ignored-" + field + "\":")
                                .replace("}", ",\"" + field + "\":{\"value\":\"" + ACCESS + "\"}}")));
        CoreClient client = Fixtures.serverClient(server).build();

        Throwable thrown = catchThrowable(() -> logIn(client));

        assertThat(thrown).isExactlyInstanceOf(TokenResponseException.class).hasMessageNotContaining(ACCESS);
        assertThat(((TokenResponseException) thrown).field()).isEqualTo(field);
        assertThat(client.isAuthorized()).isFalse();
    }
}
