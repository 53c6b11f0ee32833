package dev.corekit.runtime.internal.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthorizationStateTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static String base64url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String nonce() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void encodesABase64urlJsonObjectWithANonceOf32Bytes() throws Exception {
        String encoded = AuthorizationState.create(Map.of(), RANDOM).encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        JsonNode json = JSON.readTree(Base64.getUrlDecoder().decode(encoded));
        assertThat(json.isObject()).isTrue();
        assertThat(Base64.getUrlDecoder().decode(json.get("nonce").asText())).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void applicationValuesRoundTripInOrder() throws Exception {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("returnTo", "/invoices?page=2&sort=desc");
        values.put("tenant", "ünïcødé + spaces");
        values.put("empty", "");

        AuthorizationState created = AuthorizationState.create(values, RANDOM);
        AuthorizationState decoded = AuthorizationState.decode(created.encode());

        assertThat(decoded.applicationValues())
                .containsExactly(
                        entry("returnTo", "/invoices?page=2&sort=desc"),
                        entry("tenant", "ünïcødé + spaces"),
                        entry("empty", ""));
        assertThat(decoded.nonce()).isEqualTo(created.nonce());
        JsonNode json = JSON.readTree(Base64.getUrlDecoder().decode(created.encode()));
        assertThat(json.get("values").get("returnTo").asText()).isEqualTo("/invoices?page=2&sort=desc");
    }

    @Test
    void eachStateHasItsOwnNonce() {
        assertThat(AuthorizationState.create(Map.of(), RANDOM).nonce())
                .isNotEqualTo(AuthorizationState.create(Map.of(), RANDOM).nonce());
    }

    @Test
    void decodeRejectsWhatIsNotAStateWithoutEchoingIt() {
        String secretLooking = "not*base64url!secret-value";
        assertRejected(secretLooking, Reason.MALFORMED);
        assertRejected(base64url("{\"nonce\":\"" + nonce() + "\"}") + "=", Reason.MALFORMED);
        assertRejected("A", Reason.MALFORMED);
        assertRejected(base64url("not json at all"), Reason.MALFORMED);
        assertRejected(base64url("[\"" + nonce() + "\"]"), Reason.MALFORMED);
        assertRejected(base64url("{\"values\":{\"a\":\"b\"}}"), Reason.MALFORMED);
        assertRejected(base64url("{\"nonce\":42}"), Reason.MALFORMED);
        assertRejected(base64url("{\"nonce\":\"c2hvcnQ\"}"), Reason.MALFORMED);
        assertRejected(base64url("{\"nonce\":\"" + nonce() + "\",\"values\":{\"a\":1}}"), Reason.MALFORMED);
        assertRejected(base64url("{\"nonce\":\"" + nonce() + "\",\"nonce\":\"" + nonce() + "\"}"), Reason.MALFORMED);
        assertRejected("A".repeat(AuthorizationState.MAX_ENCODED_LENGTH + 1), Reason.MALFORMED);
        assertRejected("", Reason.MISSING);
        assertRejected(null, Reason.MISSING);
    }

    private static void assertRejected(String encoded, Reason reason) {
        assertThatThrownBy(() -> AuthorizationState.decode(encoded))
                .isInstanceOf(AuthorizationStateException.class)
                .isInstanceOf(CoreException.class)
                .satisfies(e -> {
                    assertThat(((AuthorizationStateException) e).reason()).isEqualTo(reason);
                    if (encoded != null && encoded.length() >= 8) {
                        assertThat(e.getMessage()).doesNotContain(encoded);
                    }
                });
    }

    @Test
    void acceptsAStateWithoutValuesAndIgnoresUnknownFields() {
        String nonce = nonce();

        AuthorizationState state = AuthorizationState.decode(base64url("{\"nonce\":\"" + nonce + "\",\"v\":2}"));

        assertThat(state.nonce()).isEqualTo(nonce);
        assertThat(state.applicationValues()).isEmpty();
    }

    @Test
    void refusesValuesTooLargeForAUrl() {
        Map<String, String> values = Map.of("blob", "x".repeat(AuthorizationState.MAX_ENCODED_LENGTH));

        assertThatThrownBy(() -> AuthorizationState.create(values, RANDOM))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("applicationValues");
    }

    @Test
    void toStringShowsOnlyTheValueNames() {
        AuthorizationState state = AuthorizationState.create(Map.of("returnTo", "/private/page"), RANDOM);

        assertThat(state.toString())
                .contains("returnTo")
                .doesNotContain("/private/page")
                .doesNotContain(state.nonce())
                .doesNotContain(state.encode());
    }
}
