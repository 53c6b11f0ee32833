package dev.corekit.sandbox.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.journal.JournalEntry;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class JournalTest {
    private final CoreSandbox sandbox = CoreSandbox.start();

    @AfterEach
    void stop() {
        sandbox.close();
    }

    @Test
    void recordsMethodPathQueryHeadersAndStatusWithTheTokenMasked() throws Exception {
        String token = SandboxHttp.token(sandbox, "demo-company-a", "readwrite:core");

        SandboxHttp.send(
                SandboxHttp.get(sandbox.endpoint("demo-company-a") + "activity?page=0,10&where=code%3D'X'", token)
                        .header("X-UTC-OFFSET", "330"));

        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.method()).isEqualTo("GET");
        assertThat(entry.path()).isEqualTo("/api/demo-company-a/activity");
        assertThat(entry.query()).isEqualTo("page=0,10&where=code%3D'X'");
        assertThat(entry.status()).isEqualTo(200);
        assertThat(entry.header("Authorization")).isEqualTo("Bearer ***");
        assertThat(entry.toString()).doesNotContain(token);
        assertThat(entry.utcOffsetHeader()).isEqualTo("330");
        assertThat(entry.utcOffsetMinutes()).isEqualTo(330);
    }

    @Test
    void concurrentRequestsAreEachRecordedWithTheirOwnStatusBeforeTheirClientSeesTheAnswer() throws Exception {
        String token = SandboxHttp.token(sandbox, "demo-company-a", "read:core");
        int threads = 8;
        int rounds = 25;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> callers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                // Half the callers are answered 200, half 401: an entry carrying another request's status shows.
                String bearer = t % 2 == 0 ? token : "not-a-token";
                int thread = t;
                callers.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < rounds; i++) {
                        String query = "caller=" + thread + "-" + i;
                        int status = SandboxHttp.send(SandboxHttp.get(
                                        sandbox.endpoint("demo-company-a") + "activity?" + query, bearer))
                                .statusCode();
                        // Read as soon as the answer is in: the entry must already be there.
                        assertThat(sandbox.journal().filter(e -> query.equals(e.query())))
                                .as(query)
                                .singleElement()
                                .extracting(JournalEntry::status)
                                .isEqualTo(status);
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> caller : callers) {
                caller.get(2, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(sandbox.journal().entries()).hasSize(threads * rounds);
    }

    @Test
    void aMissingUtcOffsetMeansPacificStandardTime() throws Exception {
        String token = SandboxHttp.token(sandbox, "demo-company-a", "read:core");

        SandboxHttp.send(SandboxHttp.get(sandbox.endpoint("demo-company-a") + "activity", token));

        assertThat(sandbox.journal().last().utcOffsetHeader()).isNull();
        assertThat(sandbox.journal().last().utcOffsetMinutes()).isEqualTo(-480);
    }

    @Test
    void formSecretsAreMasked() throws Exception {
        String form = "grant_type=authorization_code&code=the-code-123&client_id=corekit-demo"
                + "&client_secret=canary-secret-456&code_verifier=verifier-789&redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb";

        SandboxHttp.send(HttpRequest.newBuilder(URI.create(sandbox.identityUrl() + "/connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));

        JournalEntry entry = sandbox.journal().last();
        assertThat(entry.body())
                .contains(
                        "grant_type=authorization_code",
                        "client_id=corekit-demo",
                        "code=***",
                        "client_secret=***",
                        "code_verifier=***",
                        "redirect_uri=http%3A%2F%2F127.0.0.1%2Fcb")
                .doesNotContain("the-code-123", "canary-secret-456", "verifier-789");
    }

    @Test
    void clearForgetsEverything() throws Exception {
        SandboxHttp.send(SandboxHttp.get(sandbox.endpoint("demo-company-a") + "activity", "x"));
        assertThat(sandbox.journal().entries()).hasSize(1);

        sandbox.journal().clear();

        assertThat(sandbox.journal().entries()).isEmpty();
    }
}
