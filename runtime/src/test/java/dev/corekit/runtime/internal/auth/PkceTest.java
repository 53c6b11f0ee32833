package dev.corekit.runtime.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.error.CoreConfigurationException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PkceTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Test
    void verifierIs43Base64urlCharactersOf32Bytes() {
        Pkce pkce = Pkce.generate(RANDOM);

        assertThat(pkce.verifier()).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(pkce.verifier())).hasSize(32);
        assertThat(pkce.method()).isEqualTo("S256");
    }

    @Test
    void challengeIsBase64urlOfSha256OfTheVerifier() throws Exception {
        Pkce pkce = Pkce.generate(RANDOM);

        byte[] hash =
                MessageDigest.getInstance("SHA-256").digest(pkce.verifier().getBytes(StandardCharsets.US_ASCII));
        assertThat(pkce.challenge())
                .isEqualTo(Base64.getUrlEncoder().withoutPadding().encodeToString(hash))
                .hasSize(43)
                .doesNotContain("=");
    }

    @Test
    void matchesTheRfc7636Example() {
        Pkce pkce = Pkce.ofVerifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");

        assertThat(pkce.challenge()).isEqualTo("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    @Test
    void eachPairIsNew() {
        Set<String> verifiers = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            verifiers.add(Pkce.generate(RANDOM).verifier());
        }

        assertThat(verifiers).hasSize(100);
    }

    @Test
    void toStringShowsNoVerifier() {
        Pkce pkce = Pkce.generate(RANDOM);

        assertThat(pkce.toString()).doesNotContain(pkce.verifier()).contains(pkce.challenge());
    }

    @Test
    void refusesMalformedVerifiersWithoutQuotingThem() {
        assertThatThrownBy(() -> Pkce.ofVerifier("short-secret-verifier"))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageNotContaining("short-secret-verifier");
        assertThatThrownBy(() -> Pkce.ofVerifier("x".repeat(42) + " ")).isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> Pkce.ofVerifier(null)).isInstanceOf(CoreConfigurationException.class);
    }
}
