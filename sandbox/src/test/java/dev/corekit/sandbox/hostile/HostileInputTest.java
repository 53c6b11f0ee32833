package dev.corekit.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Hostile input gets a {@code 400} naming what was wrong, the journal keeps no secret, and the sandbox keeps serving. */
class HostileInputTest {
    private final CoreSandbox sandbox = CoreSandbox.start();
    private final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String token() {
        return Tokens.readWrite(sandbox);
    }

    private HttpResponse<String> where(String where) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(sandbox.endpoint("demo-company-a") + "activity?where="
                        + URLEncoder.encode(where, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token()));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void assertStillServes() throws Exception {
        HttpResponse<String> list = where("code='DEV'");
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
    }

    @Test
    void deeplyNestedParenthesesAre400NamingTheDepthLimit() throws Exception {
        HttpResponse<String> response = where("(".repeat(1000) + "code='DEV'" + ")".repeat(1000));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("deeper than 32 levels");
        assertStillServes();
    }

    @Test
    void aLongAndChainIs400NamingTheLengthLimit() throws Exception {
        HttpResponse<String> response = where("code='DEV'" + " AND code='DEV'".repeat(5000));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 2048");
        assertStillServes();
    }

    @Test
    void anExpressionAtTheLimitsIsAnswered() throws Exception {
        String nested = "(".repeat(32) + "code='DEV'" + ")".repeat(32);
        String chain = nested + " AND billRate>1".repeat((2048 - nested.length()) / 15);

        assertThat(where(chain).statusCode()).isEqualTo(200);
    }

    @Test
    void aHugeExponentInWhereIs400() throws Exception {
        HttpResponse<String> response = where("billRate>1e99999999999");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("'1e99999999999' is out of range");
    }

    @Test
    void aHugeExponentInAJsonBodyIs400() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(sandbox.endpoint("demo-company-a") + "activity"))
                        .header("Authorization", "Bearer " + token())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"DEV\",\"billRate\":1e99999999999}")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("not valid JSON").doesNotContain("sandbox error");
        assertStillServes();
    }

    @Test
    void aFormWithABadPercentEscapeIs400AndJournaled() throws Exception {
        HttpResponse<String> response =
                send(HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/connect/token"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "grant_type=refresh_token&refresh_token=leak-%zz&client_secret=canary-secret")));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("invalid_request");
        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.status()).isEqualTo(400);
        assertThat(entry.body()).isEqualTo("grant_type=refresh_token&refresh_token=***&client_secret=***");
    }

    @Test
    void aJsonTokenRequestKeepsNoSecretInTheJournal() throws Exception {
        send(HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/connect/token"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\":\"refresh_token\","
                        + "\"refresh_token\":\"canary-refresh\",\"client_id\":\"corekit-demo\","
                        + "\"client_secret\":\"canary-secret\",\"code\":\"canary-code\","
                        + "\"nested\":{\"password\":\"canary-password\"}}")));

        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.body())
                .isEqualTo("{\"grant_type\":\"refresh_token\",\"refresh_token\":\"***\",\"client_id\":\"corekit-demo\","
                        + "\"client_secret\":\"***\",\"code\":\"***\",\"nested\":{\"password\":\"***\"}}");
    }

    @Test
    void aTextTokenRequestAndAQueryStringKeepNoSecretInTheJournal() throws Exception {
        send(HttpRequest.newBuilder(URI.create(
                        sandbox.identityUrl() + "/connect/token?client_secret=canary-query&client_id=corekit-demo"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "grant_type=refresh_token&refresh_token=canary-refresh&code_verifier=canary-verifier")));

        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.query()).isEqualTo("client_secret=***&client_id=corekit-demo");
        assertThat(entry.body()).isEqualTo("grant_type=refresh_token&refresh_token=***&code_verifier=***");
        assertThat(entry.toString()).doesNotContain("canary");
    }

    @Test
    void malformedJsonIsMaskedAsFarAsItCanBeRead() throws Exception {
        send(
                HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/connect/token"))
                        .header("Content-Type", "application/json")
                        .POST(
                                HttpRequest.BodyPublishers.ofString(
                                        "{\"client_id\": \"corekit-demo\", \"client_secret\" : \"canary-secret\", \"refresh_token\": ")));

        assertThat(sandbox.journal().last().body())
                .isEqualTo("{\"client_id\": \"corekit-demo\", \"client_secret\": \"***\", \"refresh_token\": \"***\"");
    }

    @Test
    void apiDataFieldsNamedCodeOrTokenAreKept() throws Exception {
        send(HttpRequest.newBuilder(URI.create(sandbox.endpoint("demo-company-a") + "activity?code=DEV"))
                .header("Authorization", "Bearer " + token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"code\":\"DEV\",\"token\":3,\"password\":\"pw\"}")));

        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.query()).isEqualTo("code=DEV");
        assertThat(entry.body()).isEqualTo("{\"code\":\"DEV\",\"token\":3,\"password\":\"***\"}");
    }
}
