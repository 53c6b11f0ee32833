package dev.corekit.runtime.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.error.CoreApiException;
import dev.corekit.runtime.error.CoreConflictException;
import dev.corekit.runtime.error.CoreResponseException;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The values of {@code @Redacted} fields of the DTOs a call reads or sends are masked in its failures' excerpts. */
class RedactedExcerptTest {
    private static final String PAYEE =
            "{\"id\":\"not-a-uuid\",\"name\":\"Ann\",\"ssn\":\"123-45-6789\",\"token\":4711,"
                    + "\"accounts\":[{\"bank\":\"First\",\"iban\":\"DE89370400440532013000\"}]}";

    private static PayeeApi api(TestServer server) {
        CoreClient client = Fixtures.serverClient(server).build();
        Fixtures.store(client, "access", "refresh", Instant.now(), server.url() + "/api/one");
        return client.api(PayeeApi.class);
    }

    private static void assertMasked(Throwable thrown) {
        String excerpt = ((CoreApiException) thrown).bodyExcerpt();
        assertThat(excerpt)
                .contains("\"name\":\"Ann\"", "\"ssn\":\"***\"", "\"token\":\"***\"", "\"bank\":\"First\"")
                .contains("\"iban\":\"***\"")
                .doesNotContain("123-45-6789")
                .doesNotContain("4711")
                .doesNotContain("DE89");
        assertThat(thrown.getMessage()).doesNotContain("123-45-6789").doesNotContain("4711");
    }

    @Test
    void anAnswerThatCannotBeReadShowsNoRedactedValue() {
        try (TestServer server = TestServer.start()) {
            server.on("/api/one/payee/", (exchange, seen) -> TestServer.json(exchange, 200, PAYEE));

            Throwable thrown = catchThrowable(() -> api(server).read("7"));

            assertThat(thrown).isInstanceOf(CoreResponseException.class).hasMessageContaining("field id");
            assertMasked(thrown);
        }
    }

    @Test
    void anErrorAnswerEchoingTheSentDtoShowsNoRedactedValue() {
        try (TestServer server = TestServer.start()) {
            server.on(
                    "/api/one/payee",
                    (exchange, seen) -> TestServer.json(
                            exchange, 409, "{\"Key\":\"Duplicate\",\"Message\":\"exists\",\"model\":" + PAYEE + "}"));

            Throwable thrown = catchThrowable(() -> api(server)
                    .create(new Payee(null, "Ann", "123-45-6789", 4711, List.of(new Payee.Account("First", "DE89")))));

            assertThat(thrown).isInstanceOf(CoreConflictException.class);
            assertThat(server.requests("/api/").get(0).body()).contains("123-45-6789");
            assertMasked(thrown);
        }
    }
}
