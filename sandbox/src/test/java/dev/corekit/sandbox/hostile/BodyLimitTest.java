package dev.corekit.sandbox.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Bodies are read as bounded streams: past the limit the sandbox answers {@code 413} without reading the rest, and it
 * answers a call without a valid token without reading the body at all.
 */
class BodyLimitTest {
    private static final long HUGE = 400L * 1024 * 1024;

    private final CoreSandbox sandbox = CoreSandbox.builder()
            .configure(c -> c.maxBodyBytes(4096).maxFormBytes(1024))
            .start();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private String token() {
        return Tokens.readWrite(sandbox);
    }

    @Test
    void aDeclaredApiBodyPastTheLimitIs413BeforeTheClientSentIt() throws Exception {
        try (RawHttp http = new RawHttp(sandbox.port())) {
            http.head(
                            "POST /api/demo-company-a/activity HTTP/1.1",
                            "Authorization: Bearer " + token(),
                            "Content-Type: application/json",
                            "Content-Length: " + HUGE)
                    .streamBody(HUGE, false);

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("4096 bytes", "maxBodyBytes");
            assertThat(http.bodyBytesSent()).isLessThan(HUGE);
        }
        assertStillServes();
    }

    @Test
    void aChunkedApiBodyIsReadOnlyUpToTheLimit() throws Exception {
        try (RawHttp http = new RawHttp(sandbox.port())) {
            http.head(
                            "POST /api/demo-company-a/activity HTTP/1.1",
                            "Authorization: Bearer " + token(),
                            "Content-Type: application/json",
                            "Transfer-Encoding: chunked")
                    .streamBody(HUGE, true);

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(http.bodyBytesSent()).isLessThan(HUGE);
        }
        assertThat(sandbox.journal().last().status()).isEqualTo(413);
        assertStillServes();
    }

    @Test
    void aCallWithoutATokenIsAnsweredWithoutReadingItsBody() throws Exception {
        try (RawHttp http = new RawHttp(sandbox.port())) {
            http.head(
                            "POST /api/demo-company-a/activity HTTP/1.1",
                            "Content-Type: application/json",
                            "Content-Length: " + HUGE)
                    .streamBody(HUGE, false);

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.body()).isEqualTo("\"Not authenticated\"");
            assertThat(http.bodyBytesSent()).isLessThan(HUGE);
        }
        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.body()).isEmpty();
        assertStillServes();
    }

    @Test
    void aTokenRequestPastTheFormLimitIs413() throws Exception {
        try (RawHttp http = new RawHttp(sandbox.port())) {
            http.head(
                            "POST /idp/connect/token HTTP/1.1",
                            "Content-Type: application/x-www-form-urlencoded",
                            "Transfer-Encoding: chunked")
                    .streamBody(HUGE, true);

            RawHttp.Answer answer = http.answer();

            assertThat(answer.status()).isEqualTo(413);
            assertThat(answer.body()).contains("1024 bytes", "maxFormBytes");
            assertThat(http.bodyBytesSent()).isLessThan(HUGE);
        }
        assertStillServes();
    }

    @Test
    void aBodyAtTheLimitIsRead() throws Exception {
        String padding = "x".repeat(4096 - "{\"code\":\"DEV\",\"memo\":\"\"}".length());
        HttpResponse<String> created = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.endpoint("demo-company-a") + "activity"))
                                .header("Authorization", "Bearer " + token())
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(
                                        "{\"code\":\"DEV\",\"memo\":\"" + padding + "\"}"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    }

    private void assertStillServes() throws Exception {
        HttpResponse<String> list = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(sandbox.endpoint("demo-company-a") + "activity"))
                                .header("Authorization", "Bearer " + token())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).isEqualTo("[]");
    }
}
