package dev.corekit.sandbox.api;

import static dev.corekit.sandbox.api.ApiTestClient.A;
import static dev.corekit.sandbox.api.ApiTestClient.B;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.api.ApiTestClient.Response;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticationTest {
    private CoreSandbox sandbox;
    private ApiTestClient api;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        api = new ApiTestClient(sandbox);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private static void assertNotAuthenticated(Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.body()).isEqualTo("\"Not authenticated\"");
        assertThat(response.contentType()).startsWith("application/json");
    }

    @Test
    void aCallWithoutAuthorizationIsNotAuthenticatedWith200() {
        assertNotAuthenticated(api.get(null, A, "activity"), 200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer nonsense", "Bearer", "Basic Y29yZWtpdDpkZW1v", "nonsense", "Bearer a b"})
    void aMalformedOrUnknownTokenIsNotAuthenticated(String authorization) {
        assertNotAuthenticated(api.sendRaw(A, "activity", authorization), 200);
    }

    @Test
    void theBearerSchemeIgnoresCase() {
        Response response = api.sendRaw(A, "activity", "bearer " + api.token(A, "read:core"));

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("[]");
    }

    @Test
    void anExpiredTokenIsNotAuthenticated() {
        String token = api.token(A, "readwrite:core");
        assertThat(api.get(token, A, "activity").status()).isEqualTo(200);

        sandbox.clock().advance(Duration.ofMinutes(61));

        assertNotAuthenticated(api.get(token, A, "activity"), 200);
    }

    @Test
    void aRevokedTokenIsNotAuthenticated() {
        String family = sandbox.tokens().newFamily();
        String token = api.issue(A, family, "readwrite:core");
        assertThat(api.get(token, A, "activity").status()).isEqualTo(200);

        sandbox.tokens().revokeFamily(family);

        assertNotAuthenticated(api.get(token, A, "activity"), 200);
    }

    @Test
    void aTokenOfAnotherCompanyIsNotAuthenticated() {
        String tokenOfB = api.token(B, "readwrite:core");

        assertNotAuthenticated(api.get(tokenOfB, A, "activity"), 200);
        assertNotAuthenticated(api.post(tokenOfB, A, "activity", "{}"), 200);
        assertThat(api.get(tokenOfB, B, "activity").status()).isEqualTo(200);
    }

    @Test
    void authenticationIsCheckedBeforeThePath() {
        assertNotAuthenticated(api.get(null, A, "no/such/path"), 200);
        assertNotAuthenticated(api.get(null, A, "company"), 200);
    }

    @Test
    void the401SettingAnswers401WithTheSameBody() {
        try (CoreSandbox strict = CoreSandbox.builder()
                .configure(c -> c.notAuthenticatedStatus(401))
                .start()) {
            ApiTestClient client = new ApiTestClient(strict);
            String tokenOfB = client.token(B, "readwrite:core");

            assertNotAuthenticated(client.get(null, A, "activity"), 401);
            assertNotAuthenticated(client.sendRaw(A, "activity", "Bearer garbage"), 401);
            assertNotAuthenticated(client.get(tokenOfB, A, "activity"), 401);
            String token = client.token(A, "read:core");
            assertThat(client.get(token, A, "activity").status()).isEqualTo(200);
            strict.clock().advance(Duration.ofHours(2));
            Response after = client.get(token, A, "activity");
            assertNotAuthenticated(after, 401);
            assertThat(after.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        }
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() {
        String writer = api.writer();
        String id = api.create(writer, A, "activity", "{\"code\":\"DEV\"}")
                .get("id")
                .asText();
        String version =
                api.get(writer, A, "activity/" + id).json().get("version").asText();
        String reader = api.token(A, "read:core");

        assertThat(api.get(reader, A, "activity").status()).isEqualTo(200);
        assertThat(api.get(reader, A, "activity/" + id).status()).isEqualTo(200);
        assertThat(api.get(reader, A, "company").status()).isEqualTo(200);
        for (Response refused : new Response[] {
            api.post(reader, A, "activity", "{\"code\":\"NEW\"}"),
            api.put(reader, A, "activity/" + id, "{\"code\":\"X\",\"version\":\"" + version + "\"}"),
            api.send("PATCH", reader, A, "activity/" + id, "{\"code\":\"X\"}"),
            api.delete(reader, A, "activity/" + id)
        }) {
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().path("Key").asText()).isEqualTo("MsgPermissions");
            assertThat(refused.message()).contains("readwrite:core");
        }
        assertThat(sandbox.api().company(A).list("activity"))
                .singleElement()
                .satisfies(a -> assertThat(a.get("code").asText()).isEqualTo("DEV"));
    }

    @Test
    void aTokenWithoutACoreScopeCannotRead() {
        Response response = api.get(api.token(A, "openid", "profile"), A, "activity");

        assertThat(response.status()).isEqualTo(403);
        assertThat(response.json().path("Key").asText()).isEqualTo("MsgPermissions");
    }

    @Test
    void aReadWriteTokenWritesAndOtherScopesDoNotMatter() {
        String token = api.token(A, "readwrite:core", "offline_access", "openid");

        assertThat(api.post(token, A, "activity", "{}").status()).isEqualTo(201);
        assertThat(api.get(token, A, "activity").json()).hasSize(1);
    }
}
