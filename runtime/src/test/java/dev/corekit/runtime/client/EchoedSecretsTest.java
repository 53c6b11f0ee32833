package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.auth.AuthorizationRequest;
import dev.corekit.runtime.auth.ClientAuthentication;
import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreConflictException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.error.CoreResponseException;
import dev.corekit.runtime.error.OAuthException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A server that echoes back what corekit sent it, bare, in every place an answer has: no secret corekit sent (access
 * and refresh token, code, PKCE verifier, client secret) shows in an exception, its causes or its body excerpt.
 */
class EchoedSecretsTest {
    private static final String ACCESS = "canaryAccess5e1d";
    private static final String REFRESH = "canaryRefresh5e1d";
    private static final String SECRET = "canarySecret5e1d";
    private static final String CODE = "canaryCode5e1d";

    /** Everything a user may print of a failure: each exception of the chain with its stack trace. */
    private static String printed(Throwable thrown) {
        assertThat(thrown).isNotNull();
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        StringBuilder all = new StringBuilder(out.toString());
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            all.append(t.getMessage()).append('\n');
            if (t instanceof CoreApiException api) {
                all.append(api.bodyExcerpt()).append('\n');
            }
            if (t instanceof OAuthException oauth) {
                all.append(oauth.error())
                        .append(' ')
                        .append(oauth.description())
                        .append('\n');
            }
        }
        return all.toString();
    }

    private static CoreClient client(TestServer server) {
        CoreClient client = Fixtures.serverClient(server).clientSecret(SECRET).build();
        Fixtures.store(client, ACCESS, REFRESH, Instant.now(), server.url() + "/api/one");
        return client;
    }

    @Test
    void anApiErrorEchoingTheBareAccessTokenShowsItNowhere() {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/one/activity/",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            404,
                            "{\"Message\":\"no activity for " + ACCESS + "\",\"youSent\":\"" + ACCESS + "\"}"));
            ActivityApi api = client(server).api(ActivityApi.class);

            Throwable thrown = catchThrowable(() -> api.get("42"));

            assertThat(thrown).isInstanceOf(CoreNotFoundException.class);
            CoreNotFoundException error = (CoreNotFoundException) thrown;
            assertThat(error.getMessage()).contains("no activity for ***");
            assertThat(error.bodyExcerpt()).contains("\"youSent\":\"***\"");
            assertThat(printed(thrown)).doesNotContain("canary");
        }
    }

    @Test
    void aTokenCutByTheExcerptIsMaskedWhole() {
        String padding = "x".repeat(190);
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/one/activity/",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            409,
                            "{\"Key\":\"" + ACCESS + "\",\"Message\":\"" + padding + ACCESS + "\",\"x\":\"" + padding
                                    + ACCESS + "\"}"));
            ActivityApi api = client(server).api(ActivityApi.class);

            Throwable thrown = catchThrowable(() -> api.get("42"));

            assertThat(thrown).isInstanceOf(CoreConflictException.class);
            assertThat(((CoreConflictException) thrown).key()).isEqualTo("***");
            assertThat(printed(thrown)).doesNotContain("canary");
        }
    }

    @Test
    void aDecodingErrorKeepsNoEchoedValueInItsCauses() {
        for (String echoed : List.of(ACCESS, "Bearer " + ACCESS)) {
            try (TestServer server = TestServer.start()) {
                server.on(
                        "/api/one/activity/",
                        (exchange, seen) ->
                                TestServer.json(exchange, 200, "{\"code\":\"DEV\",\"billRate\":\"" + echoed + "\"}"));
                ActivityApi api = client(server).api(ActivityApi.class);

                Throwable thrown = catchThrowable(() -> api.read("42"));

                assertThat(thrown).isInstanceOf(CoreResponseException.class).hasMessageContaining("field billRate");
                assertThat(thrown.getCause()).isNotNull();
                assertThat(thrown.getCause().getMessage()).contains("com.fasterxml.jackson");
                assertThat(thrown.getCause().getStackTrace()).isNotEmpty();
                assertThat(printed(thrown)).as(echoed).doesNotContain("canary");
            }
        }
    }

    @Test
    void aRefreshRefusalEchoingTheRefreshTokenInEveryFieldShowsItNowhere() {
        try (TestServer server = TestServer.start()) {
            server.on("/idp/connect/token", EchoedSecretsTest::echoTheForm);
            CoreClient client =
                    Fixtures.serverClient(server).clientSecret(SECRET).build();
            // Expired: the first call refreshes.
            client.storeTokens(new dev.corekit.runtime.token.TokenSet(
                    ACCESS,
                    REFRESH,
                    "Bearer",
                    Instant.now().minus(Duration.ofHours(2)),
                    Instant.now().minus(Duration.ofHours(1)),
                    Fixtures.READ_WRITE,
                    server.url() + "/api/one",
                    null));

            Throwable thrown =
                    catchThrowable(() -> client.api(ActivityApi.class).get("42"));

            assertThat(thrown).isInstanceOf(CoreException.class);
            assertThat(server.requests("/idp/connect/token")).isNotEmpty();
            assertThat(server.requests("/idp/connect/token").get(0).body()).contains(REFRESH, SECRET);
            assertThat(printed(thrown)).doesNotContain("canary");
            assertThat(server.requests("/api/")).isEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(ClientAuthentication.class)
    void aCodeExchangeRefusalEchoingCodeVerifierAndSecretShowsNoneOfThem(ClientAuthentication method) {
        try (TestServer server = TestServer.start()) {
            server.on("/idp/connect/token", EchoedSecretsTest::echoTheForm);
            CoreClient client = Fixtures.serverClient(server)
                    .clientSecret(SECRET)
                    .clientAuthentication(method)
                    .build();
            AuthorizationRequest request = client.authorization().start();
            URI callback = URI.create("http://127.0.0.1/callback?code=" + CODE + "&state="
                    + URLEncoder.encode(request.state(), StandardCharsets.UTF_8));

            Throwable thrown = catchThrowable(() -> client.authorization().complete(callback));

            assertThat(thrown).isInstanceOf(OAuthException.class);
            TestServer.Seen seen = server.requests("/idp/connect/token").get(0);
            List<String> secrets = new ArrayList<>(List.of(CODE, SECRET));
            secrets.add(formValue(seen.body(), "code_verifier"));
            secrets.addAll(seen.authorization());
            assertThat(seen.body()).contains(CODE);
            assertThat(thrown.getMessage()).contains("forged line").doesNotContain("\u2028");
            for (String secret : secrets) {
                assertThat(printed(thrown)).as(secret).doesNotContain(secret);
            }
            assertThat(printed(thrown)).doesNotContain("canary");
        }
    }

    /** Refuses the request, echoing every value of its form and its Authorization header in error and description. */
    private static void echoTheForm(com.sun.net.httpserver.HttpExchange exchange, TestServer.Seen seen)
            throws java.io.IOException {
        List<String> values = new ArrayList<>(seen.authorization());
        for (String pair : seen.body().split("&")) {
            values.add(URLDecoder.decode(pair.substring(pair.indexOf('=') + 1), StandardCharsets.UTF_8));
        }
        String echo = String.join(" ", values).replace("\"", "");
        TestServer.json(
                exchange,
                400,
                "{\"error\":\"" + echo + "\",\"error_description\":\"you sent " + echo + "\u2028forged line\"}");
    }

    private static String formValue(String form, String name) {
        for (String pair : form.split("&")) {
            if (pair.startsWith(name + "=")) {
                return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError(name + " not in " + form);
    }
}
