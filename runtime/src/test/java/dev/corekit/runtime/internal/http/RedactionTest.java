package dev.corekit.runtime.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Secrets are masked in every text that may reach a log line or an exception message. */
class RedactionTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "Authorization: Bearer canary.Tok-en_~+/=",
                "authorization: bearer canaryToken",
                "Authorization: Basic Y2FuYXJ5OnNlY3JldA==",
                "{\"access_token\":\"canaryA\"}",
                "{\"refresh_token\" : \"canaryR\"}",
                "{\"id_token\":\"canaryI\"}",
                "{\"client_secret\":\"canaryS\"}",
                "{\"code\":\"canaryC\"}",
                "{\"code_verifier\":\"canaryV\"}",
                "{\"password\":\"canaryP\"}",
                "{\"token\":\"canaryT\"}",
                "{\"Access_Token\":\"canaryA\"}",
                "grant_type=refresh_token&refresh_token=canaryR&client_secret=canaryS",
                "code=canaryC&code_verifier=canaryV",
                "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJjYW5hcnkifQ.c2lnbmF0dXJl",
            })
    void masksSecrets(String text) {
        String redacted = Redaction.redact(text);

        assertThat(redacted)
                .contains("***")
                .doesNotContain("canary")
                .doesNotContain("eyJzdWIi")
                .doesNotContain("Y2FuYXJ5");
    }

    @Test
    void keepsWhatIsNotSecret() {
        assertThat(Redaction.redact("{\"Key\":\"OutDatedModel\",\"Message\":\"stale\",\"token\":3}"))
                .isEqualTo("{\"Key\":\"OutDatedModel\",\"Message\":\"stale\",\"token\":3}");
        assertThat(Redaction.redact("Accept: application/json")).isEqualTo("Accept: application/json");
        assertThat(Redaction.redact(null)).isNull();
    }

    @Test
    void anExcerptIsBoundedAndCollapsesWhitespace() {
        String excerpt = Redaction.excerpt(
                ("{\n  \"Message\":   \"" + "x".repeat(5000) + "\"}").getBytes(StandardCharsets.UTF_8));

        assertThat(excerpt)
                .hasSize(Redaction.EXCERPT_LENGTH + 3)
                .endsWith("...")
                .startsWith("{ \"Message\": \"xx");
        assertThat(Redaction.excerpt("short".getBytes(StandardCharsets.UTF_8))).isEqualTo("short");
        assertThat(Redaction.excerpt(new byte[0])).isEmpty();
        assertThat(Redaction.excerpt(null)).isEmpty();
    }

    @Test
    void anExcerptIsRedacted() {
        byte[] body = "{\"Message\":\"refused\",\"access_token\":\"canaryA\",\"refresh_token\":\"canaryR\"}"
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.excerpt(body)).contains("refused").doesNotContain("canary");
    }

    @Test
    void aSecretWhoseEndLiesBeyondTheReadPartIsStillMasked() {
        // A JWT-long token: its closing quote lies past the bytes the excerpt reads, its start within what it shows.
        byte[] body = ("{\"Message\":\"refused\",\"access_token\":\"canary" + "A".repeat(1200) + "\"}")
                .getBytes(StandardCharsets.UTF_8);

        assertThat(Redaction.excerpt(body)).doesNotContain("canary").doesNotContain("AAAA");
    }

    @Test
    void theValuesSentAreMaskedBareEscapedAndEncoded() {
        java.util.List<String> sent = java.util.List.of("canary/Tok+en", "abc");

        assertThat(Redaction.redact("a canary/Tok+en, b canary\\/Tok+en, c canary%2FTok%2Ben, abc", sent))
                .isEqualTo("a ***, b ***, c ***, abc");
    }

    @Test
    void theCredentialsOfAuthorizationHeadersAreKnown() {
        String basic = java.util.Base64.getEncoder().encodeToString("app:canaryS".getBytes(StandardCharsets.UTF_8));

        assertThat(Redaction.credentialsIn(java.util.List.of("Bearer canaryA", "Basic " + basic)))
                .containsExactly("canaryA", basic, "canaryS");
    }

    @Test
    void everyLineBreakBecomesASpace() {
        assertThat(Redaction.redact("a\rb\nc\u0085d\u2028e\u2029f\tg")).isEqualTo("a b c d e f g");
        assertThat(Redaction.excerpt("a\u2028b\u2029c".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("a b c");
    }
}
