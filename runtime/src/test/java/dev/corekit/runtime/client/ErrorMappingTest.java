package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreBadRequestException;
import dev.corekit.runtime.error.CoreConflictException;
import dev.corekit.runtime.error.CoreForbiddenException;
import dev.corekit.runtime.error.CoreNotFoundException;
import dev.corekit.runtime.error.CoreServerException;
import dev.corekit.runtime.internal.http.Redaction;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.idp.TokenRegistry;
import java.time.Instant;
import java.util.UUID;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CORE's error answers become typed exceptions with status, method and path, a short redacted excerpt, no secret. */
class ErrorMappingTest {
    private static final String ACTIVITY = "/api/" + Fixtures.COMPANY + "/activity";

    private CoreSandbox sandbox;
    private CoreClient client;
    private TokenRegistry.Issued issued;
    private ActivityApi api;

    @BeforeEach
    void start() {
        sandbox = CoreSandbox.start();
        client = Fixtures.sandboxClient(sandbox).build();
        issued = Fixtures.seed(sandbox, client);
        api = client.api(ActivityApi.class);
    }

    @AfterEach
    void stop() {
        sandbox.close();
    }

    private <T extends CoreApiException> T expect(
            ThrowingCallable call, Class<T> type, int status, String method, String path) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
        assertThat(thrown).isExactlyInstanceOf(type);
        T error = type.cast(thrown);
        assertThat(error.status()).isEqualTo(status);
        assertThat(error.method()).isEqualTo(method);
        assertThat(error.path()).isEqualTo(path).doesNotContain("?");
        assertThat(error.getMessage())
                .contains(Integer.toString(status), method, path)
                .doesNotContain(issued.accessToken())
                .doesNotContain(issued.refreshToken());
        assertThat(error.bodyExcerpt()).doesNotContain(issued.accessToken());
        return error;
    }

    @Test
    void aBadWhereIsABadRequest() {
        CoreBadRequestException error = expect(
                () -> api.list(CoreQuery.builder().where("(code = 'DEV'").build()),
                CoreBadRequestException.class,
                400,
                "GET",
                ACTIVITY);

        assertThat(error.bodyExcerpt()).isNotEmpty();
        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void aWriteWithAReadOnlyTokenIsForbidden() {
        Fixtures.seed(sandbox, client, Fixtures.READ_ONLY, Instant.now());

        CoreForbiddenException error =
                expect(() -> api.create(Fixtures.activity("X")), CoreForbiddenException.class, 403, "POST", ACTIVITY);

        assertThat(error.bodyExcerpt()).contains("MsgPermissions");
    }

    @Test
    void anUnknownIdIsNotFound() {
        String id = UUID.randomUUID().toString();

        expect(() -> api.get(id), CoreNotFoundException.class, 404, "GET", ACTIVITY + "/" + id);
    }

    @Test
    void aStaleVersionIsAConflictWithCoresKey() {
        ObjectNode stored = Fixtures.seedActivity(sandbox, "DEV");
        String id = stored.get("id").asText();
        ObjectNode stale = stored.deepCopy().put("version", "stale-version").put("description", "changed");

        CoreConflictException error =
                expect(() -> api.update(id, stale), CoreConflictException.class, 409, "PUT", ACTIVITY + "/" + id);

        assertThat(error.key()).isEqualTo("OutDatedModel");
        assertThat(error.coreMessage()).isNotBlank();
        assertThat(error.getMessage()).contains("OutDatedModel");
    }

    @Test
    void theOtherConflictBodyShapeIsParsedToo() {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            409,
                            "{\"errorCode\":\"031.001\",\"message\":\"ProjectControlLimitation: the project is closed\"}"));
            CoreClient own = Fixtures.serverClient(server).build();
            Fixtures.store(own, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            assertThatThrownBy(() -> own.api(ActivityApi.class).create(Fixtures.activity("X")))
                    .isExactlyInstanceOf(CoreConflictException.class)
                    .satisfies(e -> {
                        CoreConflictException conflict = (CoreConflictException) e;
                        assertThat(conflict.status()).isEqualTo(409);
                        assertThat(conflict.method()).isEqualTo("POST");
                        assertThat(conflict.path()).isEqualTo("/api/one/activity");
                        assertThat(conflict.key()).isEqualTo("031.001");
                        assertThat(conflict.coreMessage()).isEqualTo("ProjectControlLimitation: the project is closed");
                    })
                    .hasMessageContaining("031.001")
                    .hasMessageNotContaining("live-token");
            assertThat(server.requests("/api/")).hasSize(1);
        }
    }

    @Test
    void aServerErrorIsNotRetried() {
        sandbox.faults().on("activity").status(500, 1);

        expect(() -> api.list(CoreQuery.all()), CoreServerException.class, 500, "GET", ACTIVITY);

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
    }

    @Test
    void anUnavailablePostIsAServerErrorAfterOneAttempt() {
        sandbox.faults().on("activity").status(503, 1);

        expect(() -> api.create(Fixtures.activity("X")), CoreServerException.class, 503, "POST", ACTIVITY);

        assertThat(sandbox.journal().entries("/activity")).hasSize(1);
        assertThat(sandbox.api().company(Fixtures.COMPANY).list("activity")).isEmpty();
    }

    @Test
    void anUnmappedStatusIsAPlainApiException() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/", (exchange, seen) -> TestServer.json(exchange, 422, "{\"Message\":\"cannot\"}"));
            CoreClient own = Fixtures.serverClient(server).build();
            Fixtures.store(own, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            assertThatThrownBy(() -> own.api(ActivityApi.class).list(CoreQuery.all()))
                    .isExactlyInstanceOf(CoreApiException.class)
                    .satisfies(e -> assertThat(((CoreApiException) e).status()).isEqualTo(422))
                    .hasMessageContaining("cannot");
        }
    }

    @Test
    void theBodyExcerptIsBounded() {
        try (TestServer server = TestServer.start()) {
            String longMessage = "x".repeat(5000);
            server.on(
                    "/api/",
                    (exchange, seen) -> TestServer.json(exchange, 500, "{\"Message\":\"" + longMessage + "\"}"));
            CoreClient own = Fixtures.serverClient(server).build();
            Fixtures.store(own, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> own.api(ActivityApi.class).list(CoreQuery.all()));

            assertThat(thrown).isExactlyInstanceOf(CoreServerException.class);
            CoreServerException error = (CoreServerException) thrown;
            assertThat(error.bodyExcerpt())
                    .hasSizeLessThanOrEqualTo(Redaction.EXCERPT_LENGTH + 3)
                    .endsWith("...");
            assertThat(error.getMessage()).hasSizeLessThan(Redaction.EXCERPT_LENGTH + 100);
        }
    }

    @Test
    void theBodyExcerptAndMessageShowNoSecret() {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            400,
                            "{\"Message\":\"refused\","
                                    + "\"access_token\":\"canaryAccess1\",\"refresh_token\":\"canaryRefresh1\","
                                    + "\"client_secret\":\"canarySecret1\",\"code\":\"canaryCode1\","
                                    + "\"echo\":\"Authorization: Bearer canaryBearer1\","
                                    + "\"id_token\":\"eyJhbGciOiJub25lIn0.eyJzdWIiOiJjYW5hcnkifQ.c2ln\"}"));
            CoreClient own = Fixtures.serverClient(server).build();
            Fixtures.store(own, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> own.api(ActivityApi.class).list(CoreQuery.all()));

            assertThat(thrown).isExactlyInstanceOf(CoreBadRequestException.class);
            CoreBadRequestException error = (CoreBadRequestException) thrown;
            assertThat(error.bodyExcerpt()).contains("refused", "***");
            assertThat(error.bodyExcerpt() + error.getMessage() + error)
                    .doesNotContain("canary")
                    .doesNotContain("eyJzdWIi")
                    .doesNotContain("live-token");
        }
    }

    @Test
    void aLongSecretCutByTheExcerptDoesNotLeakItsStart() {
        // An access token echoed in an error body, long as JWTs are: its closing quote lies beyond what the
        // excerpt reads, yet its start lies within the 200 characters shown.
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/",
                    (exchange, seen) -> TestServer.json(
                            exchange,
                            400,
                            "{\"Message\":\"refused\"," + "\"access_token\":\"canary" + "A".repeat(1200) + "\"}"));
            CoreClient own = Fixtures.serverClient(server).build();
            Fixtures.store(own, "live-token", "refresh", Instant.now(), server.url() + "/api/one");

            Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(
                    () -> own.api(ActivityApi.class).list(CoreQuery.all()));

            assertThat(thrown).isExactlyInstanceOf(CoreBadRequestException.class);
            CoreBadRequestException error = (CoreBadRequestException) thrown;
            assertThat(error.bodyExcerpt()).hasSizeLessThanOrEqualTo(Redaction.EXCERPT_LENGTH + 3);
            assertThat(error.bodyExcerpt() + error.getMessage())
                    .doesNotContain("canary")
                    .doesNotContain("AAAA");
        }
    }
}
