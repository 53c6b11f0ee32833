package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which bodies are CORE's documented {@code 200 "Not authenticated"}. */
class CoreDecoderTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "\"Not authenticated\"",
                "\"Not authenticated\"\n",
                "  \"Not authenticated\"\r\n",
                "\n\"Not authenticated\""
            })
    void coresAnswerIsRecognised(String body) {
        assertThat(CoreDecoder.isNotAuthenticated(body.getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "[]",
                "\"Not authenticated!\"",
                "\"Authenticated\"",
                "[\"Not authenticated\"]",
                "{\"Message\":\"Not authenticated\"}",
                "\"Not authenticated\" and more"
            })
    void otherBodiesAreNot(String body) {
        assertThat(CoreDecoder.isNotAuthenticated(body.getBytes(StandardCharsets.UTF_8)))
                .isFalse();
    }
}
