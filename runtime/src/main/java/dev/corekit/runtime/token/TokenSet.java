package dev.corekit.runtime.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.TokenResponseException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The tokens of one connection, as CORE's token endpoint returned them: the access token, the refresh token (only
 * with {@code offline_access}), when the access token expires (receive time + {@code expires_in}), the granted
 * scopes, the company's API base ({@code endpoint}) and the id token. {@link #toString()} shows no secret.
 */
public final class TokenSet {
    private final String accessToken;
    private final @Nullable String refreshToken;
    private final String tokenType;
    private final Instant receivedAt;
    private final Instant expiresAt;
    private final Set<String> scopes;
    private final @Nullable String endpoint;
    private final @Nullable String idToken;

    /**
     * Creates a token set.
     *
     * @param accessToken the access token (secret)
     * @param refreshToken the refresh token (secret), or {@code null} without {@code offline_access}
     * @param tokenType the token type, {@code Bearer}
     * @param receivedAt when the token response arrived
     * @param expiresAt when the access token expires
     * @param scopes the granted scopes
     * @param endpoint the company's API base URL from the token response, or {@code null}
     * @param idToken the OpenID Connect id token, or {@code null}
     */
    public TokenSet(
            String accessToken,
            @Nullable String refreshToken,
            String tokenType,
            Instant receivedAt,
            Instant expiresAt,
            Set<String> scopes,
            @Nullable String endpoint,
            @Nullable String idToken) {
        this.accessToken = Objects.requireNonNull(accessToken, "accessToken");
        this.refreshToken = refreshToken;
        this.tokenType = tokenType == null ? "Bearer" : tokenType;
        this.receivedAt = Objects.requireNonNull(receivedAt, "receivedAt");
        this.expiresAt = Objects.requireNonNull(expiresAt, "expiresAt");
        this.scopes = Collections.unmodifiableSet(new LinkedHashSet<>(scopes));
        this.endpoint = endpoint;
        this.idToken = idToken;
    }

    /**
     * The longest access-token lifetime believed: a larger {@code expires_in} is cut to this, so the token is
     * refreshed after a year at the latest (or earlier, when CORE refuses it).
     */
    public static final Duration MAX_LIFETIME = Duration.ofDays(365);

    /**
     * Reads a token response received at {@code receivedAt}. Every field must be a JSON string where RFC 6749 says so;
     * {@code expires_in} must be a positive number (or a string of digits), and is cut to {@link #MAX_LIFETIME}.
     *
     * @throws TokenResponseException naming the field that is missing or malformed (never quoting a token)
     * @param response the token response's JSON object
     * @param receivedAt when the token response arrived
     * @return the token set
     */
    public static TokenSet fromTokenResponse(JsonNode response, Instant receivedAt) {
        String access = string(response, "access_token");
        if (access == null || access.isEmpty()) {
            throw new TokenResponseException("access_token", "access_token is missing", null);
        }
        String scope = string(response, "scope");
        Set<String> scopes = scope == null || scope.isBlank()
                ? Set.of()
                : new LinkedHashSet<>(Arrays.asList(scope.trim().split("\\s+")));
        return new TokenSet(
                access,
                string(response, "refresh_token"),
                string(response, "token_type"),
                receivedAt,
                receivedAt.plus(lifetime(response.get("expires_in"))),
                scopes,
                string(response, "endpoint"),
                string(response, "id_token"));
    }

    /** {@code expires_in} as a duration of at most {@link #MAX_LIFETIME}. */
    private static Duration lifetime(JsonNode expiresIn) {
        BigDecimal seconds = null;
        if (expiresIn != null && (expiresIn.isIntegralNumber() || expiresIn.isBigDecimal())) {
            seconds = expiresIn.decimalValue();
        } else if (expiresIn != null && expiresIn.isNumber() && !Double.isNaN(expiresIn.doubleValue())) {
            double value = expiresIn.doubleValue();
            // 1e400 reads as infinity, which BigDecimal cannot hold: it is simply very long (or negative).
            seconds = Double.isInfinite(value)
                    ? BigDecimal.valueOf(value > 0 ? Long.MAX_VALUE : -1)
                    : BigDecimal.valueOf(value);
        } else if (expiresIn != null
                && expiresIn.isTextual()
                && expiresIn.asText().matches("[0-9]{1,30}")) {
            seconds = new BigDecimal(expiresIn.asText());
        }
        if (seconds == null || seconds.compareTo(BigDecimal.ONE) < 0) {
            throw new TokenResponseException(
                    "expires_in",
                    "expires_in is " + (expiresIn == null ? "missing" : "not a positive number of seconds"),
                    null);
        }
        if (seconds.compareTo(BigDecimal.valueOf(MAX_LIFETIME.toSeconds())) > 0) {
            return MAX_LIFETIME;
        }
        return Duration.ofSeconds(seconds.longValue());
    }

    /** A string field, {@code null} when absent or JSON null; any other JSON type is refused. */
    private static @Nullable String string(JsonNode node, String name) {
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new TokenResponseException(
                    name,
                    name + " is a JSON " + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string",
                    null);
        }
        return value.asText();
    }

    private static String text(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    /**
     * {@return the tokens after a refresh: {@code refreshed}, keeping this set's refresh token when the response
     * carried none (CORE does not document rotation), and this set's endpoint and id token when it carried none (the
     * endpoint was checked when it arrived, and is checked again before each call)}
     *
     * @param refreshed the tokens of the refresh response
     */
    public TokenSet updatedBy(TokenSet refreshed) {
        return new TokenSet(
                refreshed.accessToken,
                refreshed.refreshToken != null ? refreshed.refreshToken : refreshToken,
                refreshed.tokenType,
                refreshed.receivedAt,
                refreshed.expiresAt,
                refreshed.scopes.isEmpty() ? scopes : refreshed.scopes,
                refreshed.endpoint != null ? refreshed.endpoint : endpoint,
                refreshed.idToken != null ? refreshed.idToken : idToken);
    }

    /**
     * {@return whether the access token expires before {@code now + margin}}
     *
     * @param margin how long before expiry counts as expired
     * @param now the current time
     */
    public boolean expiresWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }

    /** {@return the access token; a secret, never logged} */
    public String accessToken() {
        return accessToken;
    }

    /** {@return the refresh token, or {@code null} without {@code offline_access}} */
    public @Nullable String refreshToken() {
        return refreshToken;
    }

    /** {@return the token type, {@code Bearer}} */
    public String tokenType() {
        return tokenType;
    }

    /** {@return when the token response arrived} */
    public Instant receivedAt() {
        return receivedAt;
    }

    /** {@return when the access token expires} */
    public Instant expiresAt() {
        return expiresAt;
    }

    /** {@return the granted scopes} */
    public Set<String> scopes() {
        return scopes;
    }

    /** {@return the company's API base URL as CORE sent it, or {@code null} when the response had none} */
    public @Nullable String endpoint() {
        return endpoint;
    }

    /** {@return the OpenID Connect id token, or {@code null} without {@code openid}} */
    public @Nullable String idToken() {
        return idToken;
    }

    /** {@return the JSON form {@link FileTokenStore} writes} */
    public ObjectNode toJson() {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("access_token", accessToken);
        if (refreshToken != null) {
            json.put("refresh_token", refreshToken);
        }
        json.put("token_type", tokenType);
        json.put("received_at", receivedAt.toString());
        json.put("expires_at", expiresAt.toString());
        json.put("scope", String.join(" ", scopes));
        if (endpoint != null) {
            json.put("endpoint", endpoint);
        }
        if (idToken != null) {
            json.put("id_token", idToken);
        }
        return json;
    }

    /**
     * Reads {@link #toJson()}; a missing or malformed field is a {@link CoreException} naming it.
     *
     * @param json what {@link #toJson()} wrote
     * @return the token set
     */
    public static TokenSet fromJson(JsonNode json) {
        String access = text(json, "access_token");
        String received = text(json, "received_at");
        String expires = text(json, "expires_at");
        if (access == null || received == null || expires == null) {
            throw new CoreException("stored tokens lack access_token, received_at or expires_at");
        }
        try {
            String scope = text(json, "scope");
            return new TokenSet(
                    access,
                    text(json, "refresh_token"),
                    text(json, "token_type"),
                    Instant.parse(received),
                    Instant.parse(expires),
                    scope == null || scope.isBlank() ? Set.of() : new LinkedHashSet<>(Arrays.asList(scope.split(" "))),
                    text(json, "endpoint"),
                    text(json, "id_token"));
        } catch (java.time.format.DateTimeParseException e) {
            throw new CoreException("stored tokens have a malformed received_at or expires_at");
        }
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof TokenSet)) {
            return false;
        }
        TokenSet that = (TokenSet) other;
        return accessToken.equals(that.accessToken)
                && Objects.equals(refreshToken, that.refreshToken)
                && tokenType.equals(that.tokenType)
                && receivedAt.equals(that.receivedAt)
                && expiresAt.equals(that.expiresAt)
                && scopes.equals(that.scopes)
                && Objects.equals(endpoint, that.endpoint)
                && Objects.equals(idToken, that.idToken);
    }

    @Override
    public int hashCode() {
        return Objects.hash(accessToken, refreshToken, expiresAt);
    }

    /** Shows everything but the tokens themselves. */
    @Override
    public String toString() {
        return "TokenSet{accessToken=***, refreshToken=" + (refreshToken == null ? "none" : "***") + ", tokenType="
                + tokenType + ", expiresAt=" + expiresAt + ", scopes=" + scopes + ", endpoint=" + endpoint
                + ", idToken=" + (idToken == null ? "none" : "***") + "}";
    }
}
