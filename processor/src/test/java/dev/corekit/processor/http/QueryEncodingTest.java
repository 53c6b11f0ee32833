package dev.corekit.processor.http;

import static dev.corekit.processor.http.RecordingServer.parameters;
import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.processor.fixtures.WidgetApi;
import dev.corekit.processor.http.RecordingServer.RecordedRequest;
import dev.corekit.processor.http.RecordingServer.ScriptedResponse;
import dev.corekit.runtime.CoreQuery;
import java.io.IOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A {@code where} expression is written unencoded, exactly as CORE documents it; whatever characters it holds, the
 * server must decode the same text, in a single parameter.
 */
class QueryEncodingTest {

    private RecordingServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = RecordingServer.start();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @ParameterizedTest(name = "[{index}] {0}: {1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '"',
            value = {
                "JAVA11  | name = 'R&D' AND count >= 3",
                "DEFAULT | name = 'R&D' AND count >= 3",
                "JAVA11  | name = 'a+b' AND rate >= 1.5",
                "DEFAULT | name = 'a+b' AND rate >= 1.5",
                "JAVA11  | name = '100%' OR name = '50%25'",
                "JAVA11  | name = '#1' AND code = 'x=y'",
                "JAVA11  | name = 'Grüße ✓' AND note = 'a,b;c'",
                "JAVA11  | name = '{id}' OR name = '[x]'",
                "JAVA11  | a%20b",
                "DEFAULT | x%3D1",
            })
    void whereRoundTripsExactly(Transport transport, String where) {
        server.enqueue(ScriptedResponse.ok("[]"));

        transport
                .client(WidgetApi.class, server)
                .list(CoreQuery.builder().where(where).page(0, 10).build());

        RecordedRequest request = server.onlyRequest();
        assertThat(request.rawPath()).isEqualTo("/api/widget");
        assertThat(request.singleQueryParameters())
                .containsExactlyEntriesOf(parameters("where", where, "page", "0,10"));
    }
}
