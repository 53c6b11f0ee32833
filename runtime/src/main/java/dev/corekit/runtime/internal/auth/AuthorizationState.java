package dev.corekit.runtime.internal.auth;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.corekit.runtime.auth.AuthorizationFlow;
import dev.corekit.runtime.auth.AuthorizationStateException;
import dev.corekit.runtime.auth.AuthorizationStateException.Reason;
import dev.corekit.runtime.error.CoreConfigurationException;
import java.io.IOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code state} parameter, shaped as CORE's guide suggests: a Base64 (here base64url, no padding, so that it needs
 * no escaping in a URI) JSON object. It holds {@code "nonce"}, 32 random bytes in base64url that make the value
 * unguessable (the CSRF defence), and, under {@code "values"}, the strings the application wants back after the
 * redirect, e.g. the page to return to:
 *
 * <pre>{@code {"nonce":"q3Vb...","values":{"returnTo":"/invoices"}}}</pre>
 *
 * <p>The values travel through the browser and CORE unencrypted and unsigned: put nothing secret in them, and trust
 * them only as far as {@link AuthorizationFlow} does, which returns the values it kept itself, not the ones that came
 * back. {@link #toString()} shows the value names only.
 */
public final class AuthorizationState {
    /** The longest encoded state accepted or produced: URLs beyond a few kilobytes are cut by browsers and proxies. */
    public static final int MAX_ENCODED_LENGTH = 4096;

    private static final int NONCE_BYTES = 32;
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]+");
    private static final ObjectMapper JSON = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String nonce;
    private final Map<String, String> applicationValues;

    private AuthorizationState(String nonce, Map<String, String> applicationValues) {
        this.nonce = nonce;
        this.applicationValues = Collections.unmodifiableMap(new LinkedHashMap<>(applicationValues));
    }

    /**
     * A new state with a fresh nonce from {@code random} and {@code applicationValues} (kept in their iteration
     * order).
     *
     * @throws CoreConfigurationException when a name or value is {@code null}, or the encoded state would exceed
     *     {@link #MAX_ENCODED_LENGTH}
     */
    public static AuthorizationState create(Map<String, String> applicationValues, SecureRandom random) {
        Objects.requireNonNull(applicationValues, "applicationValues");
        for (Map.Entry<String, String> value : applicationValues.entrySet()) {
            if (value.getKey() == null || value.getValue() == null) {
                throw new CoreConfigurationException("applicationValues", "names and values must not be null");
            }
        }
        byte[] bytes = new byte[NONCE_BYTES];
        Objects.requireNonNull(random, "random").nextBytes(bytes);
        AuthorizationState state = new AuthorizationState(
                Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), applicationValues);
        if (state.encode().length() > MAX_ENCODED_LENGTH) {
            throw new CoreConfigurationException(
                    "applicationValues",
                    "the encoded state would be longer than " + MAX_ENCODED_LENGTH
                            + " characters; keep the values short (or keep them server-side)");
        }
        return state;
    }

    /**
     * Reads a state produced by {@link #encode()}.
     *
     * @throws AuthorizationStateException ({@link Reason#MISSING} or {@link Reason#MALFORMED}) when the value is
     *     absent, not base64url, not a JSON object, or has no nonce of at least 32 bytes; the message never quotes the
     *     value
     */
    public static AuthorizationState decode(String encoded) {
        if (encoded == null || encoded.isEmpty()) {
            throw new AuthorizationStateException(Reason.MISSING, "there is no state");
        }
        if (encoded.length() > MAX_ENCODED_LENGTH) {
            throw new AuthorizationStateException(
                    Reason.MALFORMED, "the state is longer than " + MAX_ENCODED_LENGTH + " characters");
        }
        if (!BASE64URL.matcher(encoded).matches()) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the state is not base64url without padding");
        }
        JsonNode json;
        try {
            json = JSON.readTree(Base64.getUrlDecoder().decode(encoded));
        } catch (IllegalArgumentException e) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the state is not valid base64url");
        } catch (IOException e) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the state does not hold valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the state does not hold a JSON object");
        }
        return new AuthorizationState(nonceOf(json), valuesOf(json));
    }

    private static String nonceOf(JsonNode json) {
        JsonNode nonce = json.get("nonce");
        if (nonce == null || !nonce.isTextual()) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the state has no nonce");
        }
        String text = nonce.asText();
        byte[] bytes;
        try {
            bytes = BASE64URL.matcher(text).matches() ? Base64.getUrlDecoder().decode(text) : new byte[0];
        } catch (IllegalArgumentException e) {
            bytes = new byte[0];
        }
        if (bytes.length < NONCE_BYTES) {
            throw new AuthorizationStateException(
                    Reason.MALFORMED, "the state's nonce is not base64url of at least " + NONCE_BYTES + " bytes");
        }
        return text;
    }

    private static Map<String, String> valuesOf(JsonNode json) {
        JsonNode values = json.get("values");
        Map<String, String> result = new LinkedHashMap<>();
        if (values == null) {
            return result;
        }
        if (!values.isObject()) {
            throw new AuthorizationStateException(Reason.MALFORMED, "the state's values are not a JSON object");
        }
        for (Map.Entry<String, JsonNode> field : values.properties()) {
            if (!field.getValue().isTextual()) {
                throw new AuthorizationStateException(Reason.MALFORMED, "the state's values must all be strings");
            }
            result.put(field.getKey(), field.getValue().asText());
        }
        return result;
    }

    /** The {@code state} parameter: base64url, without padding, of the JSON object. */
    public String encode() {
        ObjectNode json = JSON.createObjectNode();
        json.put("nonce", nonce);
        if (!applicationValues.isEmpty()) {
            ObjectNode values = json.putObject("values");
            applicationValues.forEach(values::put);
        }
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(json));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON object of strings always serializes", e);
        }
    }

    /** The random part, base64url of 32 bytes. */
    public String nonce() {
        return nonce;
    }

    /** The application's values, in their original order. */
    public Map<String, String> applicationValues() {
        return applicationValues;
    }

    /** Shows the names of the application's values, neither the nonce nor the values. */
    @Override
    public String toString() {
        return "AuthorizationState{applicationValues=" + applicationValues.keySet() + "}";
    }
}
