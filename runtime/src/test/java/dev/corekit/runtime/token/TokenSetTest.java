package dev.corekit.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.error.CoreException;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TokenSetTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant RECEIVED = Instant.parse("2026-03-01T10:00:00Z");

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static TokenSet full(String access, String refresh, String id) {
        return new TokenSet(
                access,
                refresh,
                "Bearer",
                RECEIVED,
                RECEIVED.plusSeconds(3600),
                Set.of("readwrite:core", "offline_access"),
                "https://api.bqecore.com/api",
                id);
    }

    @Test
    void expiryIsTheReceiveTimePlusExpiresIn() throws Exception {
        TokenSet tokens = TokenSet.fromTokenResponse(
                json("{\"access_token\":\"a1\",\"refresh_token\":\"r1\",\"token_type\":\"Bearer\","
                        + "\"expires_in\":3600,\"scope\":\"readwrite:core  offline_access openid\","
                        + "\"endpoint\":\"https://api.bqecore.com/api\",\"id_token\":\"i1\"}"),
                RECEIVED);

        assertThat(tokens.receivedAt()).isEqualTo(RECEIVED);
        assertThat(tokens.expiresAt()).isEqualTo(Instant.parse("2026-03-01T11:00:00Z"));
        assertThat(tokens.accessToken()).isEqualTo("a1");
        assertThat(tokens.refreshToken()).isEqualTo("r1");
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.scopes()).containsExactly("readwrite:core", "offline_access", "openid");
        assertThat(tokens.endpoint()).isEqualTo("https://api.bqecore.com/api");
        assertThat(tokens.idToken()).isEqualTo("i1");
    }

    @Test
    void expiryFollowsAShortExpiresIn() throws Exception {
        TokenSet tokens = TokenSet.fromTokenResponse(json("{\"access_token\":\"a1\",\"expires_in\":90}"), RECEIVED);

        assertThat(tokens.expiresAt()).isEqualTo(RECEIVED.plusSeconds(90));
        assertThat(tokens.refreshToken()).isNull();
        assertThat(tokens.tokenType()).isEqualTo("Bearer");
        assertThat(tokens.scopes()).isEmpty();
    }

    @Test
    void aResponseWithoutAccessTokenOrExpiresInIsRefusedByName() {
        assertThatThrownBy(() -> TokenSet.fromTokenResponse(json("{\"expires_in\":3600}"), RECEIVED))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("access_token");
        assertThatThrownBy(() -> TokenSet.fromTokenResponse(json("{\"access_token\":\"a\"}"), RECEIVED))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("expires_in");
        assertThatThrownBy(
                        () -> TokenSet.fromTokenResponse(json("{\"access_token\":\"a\",\"expires_in\":0}"), RECEIVED))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("expires_in");
    }

    @Test
    void expiresWithinComparesTheMarginWithTheExpiry() {
        TokenSet tokens = full("a", "r", null);
        Instant expiry = tokens.expiresAt();

        assertThat(tokens.expiresWithin(Duration.ofSeconds(60), expiry.minusSeconds(61)))
                .isFalse();
        assertThat(tokens.expiresWithin(Duration.ofSeconds(60), expiry.minusSeconds(59)))
                .isTrue();
        assertThat(tokens.expiresWithin(Duration.ZERO, expiry)).isTrue();
        assertThat(tokens.expiresWithin(Duration.ZERO, expiry.plusSeconds(1))).isTrue();
    }

    @Test
    void updatedByKeepsTheOldRefreshTokenWhenTheResponseHasNone() throws Exception {
        TokenSet old = full("old-access", "old-refresh", "old-id");
        Instant later = RECEIVED.plusSeconds(3000);
        TokenSet refreshed = TokenSet.fromTokenResponse(
                json("{\"access_token\":\"new-access\",\"expires_in\":3600,\"token_type\":\"Bearer\"}"), later);

        TokenSet updated = old.updatedBy(refreshed);

        assertThat(updated.accessToken()).isEqualTo("new-access");
        assertThat(updated.refreshToken()).isEqualTo("old-refresh");
        assertThat(updated.receivedAt()).isEqualTo(later);
        assertThat(updated.expiresAt()).isEqualTo(later.plusSeconds(3600));
        // What the refresh response did not carry is kept too.
        assertThat(updated.endpoint()).isEqualTo("https://api.bqecore.com/api");
        assertThat(updated.idToken()).isEqualTo("old-id");
        assertThat(updated.scopes()).isEqualTo(old.scopes());
    }

    @Test
    void updatedByTakesARotatedRefreshToken() throws Exception {
        TokenSet old = full("old-access", "old-refresh", null);
        TokenSet refreshed = TokenSet.fromTokenResponse(
                json("{\"access_token\":\"new-access\",\"refresh_token\":\"new-refresh\",\"expires_in\":1800,"
                        + "\"scope\":\"read:core offline_access\",\"endpoint\":\"https://other/api\"}"),
                RECEIVED.plusSeconds(10));

        TokenSet updated = old.updatedBy(refreshed);

        assertThat(updated.accessToken()).isEqualTo("new-access");
        assertThat(updated.refreshToken()).isEqualTo("new-refresh");
        assertThat(updated.expiresAt()).isEqualTo(RECEIVED.plusSeconds(1810));
        assertThat(updated.scopes()).containsExactly("read:core", "offline_access");
        assertThat(updated.endpoint()).isEqualTo("https://other/api");
    }

    @Test
    void toStringShowsNoToken() {
        String access = "CANARY-ACCESS-7f3e1c";
        String refresh = "CANARY-REFRESH-91ab2d";
        String id = "CANARY-IDTOKEN-55c0de";
        TokenSet tokens = full(access, refresh, id);

        String text = tokens.toString();

        assertThat(text)
                .doesNotContain(access)
                .doesNotContain(refresh)
                .doesNotContain(id)
                .doesNotContain("CANARY")
                .contains(tokens.expiresAt().toString())
                .contains("readwrite:core");
    }

    @Test
    void toStringSaysWhenThereIsNoRefreshToken() {
        TokenSet tokens = full("CANARY-ACCESS", null, null);

        assertThat(tokens.toString()).doesNotContain("CANARY").contains("refreshToken=none");
    }

    @Test
    void jsonRoundTripKeepsEveryField() throws Exception {
        TokenSet tokens = full("access-1", "refresh-1", "id-1");

        String written = JSON.writeValueAsString(tokens.toJson());
        TokenSet read = TokenSet.fromJson(JSON.readTree(written));

        assertThat(read).isEqualTo(tokens);
        assertThat(read.accessToken()).isEqualTo("access-1");
        assertThat(read.refreshToken()).isEqualTo("refresh-1");
        assertThat(read.idToken()).isEqualTo("id-1");
        assertThat(read.receivedAt()).isEqualTo(RECEIVED);
        assertThat(read.expiresAt()).isEqualTo(RECEIVED.plusSeconds(3600));
        assertThat(read.scopes()).isEqualTo(Set.of("readwrite:core", "offline_access"));
        assertThat(read.endpoint()).isEqualTo("https://api.bqecore.com/api");
    }

    @Test
    void jsonRoundTripKeepsAbsentFieldsAbsent() throws Exception {
        TokenSet tokens =
                new TokenSet("access-only", null, null, RECEIVED, RECEIVED.plusMillis(1_500), Set.of(), null, null);

        TokenSet read = TokenSet.fromJson(JSON.readTree(JSON.writeValueAsString(tokens.toJson())));

        assertThat(read).isEqualTo(tokens);
        assertThat(read.refreshToken()).isNull();
        assertThat(read.idToken()).isNull();
        assertThat(read.endpoint()).isNull();
        assertThat(read.scopes()).isEmpty();
        assertThat(read.expiresAt()).isEqualTo(RECEIVED.plusMillis(1_500));
    }

    @Test
    void storedJsonWithoutRequiredFieldsIsACoreExceptionWithoutTheTokens() throws Exception {
        assertThatThrownBy(() -> TokenSet.fromJson(json("{\"refresh_token\":\"CANARY-R\"}")))
                .isInstanceOf(CoreException.class)
                .hasMessageNotContaining("CANARY");
        assertThatThrownBy(() -> TokenSet.fromJson(json("{\"access_token\":\"CANARY-A\",\"received_at\":\"yesterday\","
                        + "\"expires_at\":\"2026-03-01T11:00:00Z\"}")))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("received_at")
                .hasMessageNotContaining("CANARY");
    }
}
