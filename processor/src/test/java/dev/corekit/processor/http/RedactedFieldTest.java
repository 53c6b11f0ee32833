package dev.corekit.processor.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.corekit.processor.fixtures.WidgetApi;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.error.CoreResponseException;
import dev.corekit.runtime.token.TokenSet;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A generated DTO's {@code @Redacted} field is masked in the excerpt of a call through {@code CoreClient}. */
class RedactedFieldTest {

    @Test
    void theExcerptOfAnUnreadableWidgetMasksItsRedactedToken() throws IOException {
        try (RecordingServer server = RecordingServer.start()) {
            server.enqueue(ScriptedResponse.ok("{\"id\":\"not-a-uuid\",\"name\":\"Ann\",\"token\":987654321}"));
            CoreClient client = CoreClient.builder()
                    .clientId("app")
                    .redirectUri("http://127.0.0.1/callback")
                    .scopes("readwrite:core")
                    .identityServer(server.baseUrl() + "/idp")
                    .allowInsecureLoopback()
                    .build();
            Instant now = Instant.now();
            client.storeTokens(new TokenSet(
                    "access",
                    null,
                    "Bearer",
                    now,
                    now.plus(Duration.ofHours(1)),
                    Set.of("readwrite:core"),
                    server.baseUrl() + "/api",
                    null));

            Throwable thrown = catchThrowable(() -> client.api(WidgetApi.class).get(java.util.UUID.randomUUID()));

            assertThat(thrown).isInstanceOf(CoreResponseException.class);
            assertThat(((CoreResponseException) thrown).bodyExcerpt())
                    .contains("\"name\":\"Ann\"", "\"token\":\"***\"")
                    .doesNotContain("987654321");
        }
    }
}
