package dev.corekit.runtime.internal.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreTransportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads an issuer's OAuth endpoints from its OpenID Connect discovery document,
 * {@code {issuer}/.well-known/openid-configuration}, and checks it: the document's {@code issuer} must be identical to
 * the issuer asked for (OpenID Connect Discovery §4.3, so that a document cannot speak for another server), and each
 * endpoint must follow {@link IdentityUri}'s rule. {@code authorization_endpoint} and {@code token_endpoint} are
 * required, {@code revocation_endpoint} and {@code userinfo_endpoint} optional.
 */
public final class OpenIdDiscovery {
    /** The setting errors name: the builder's {@code discover}. */
    public static final String SETTING = "discover";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http;
    private final boolean insecureLoopback;

    public OpenIdDiscovery(HttpClient http, boolean insecureLoopback) {
        this.http = Objects.requireNonNull(http, "http");
        this.insecureLoopback = insecureLoopback;
    }

    /**
     * The endpoints of {@code issuer}, read now.
     *
     * @throws CoreConfigurationException naming {@code discover} and the field of the document that is wrong
     * @throws CoreTransportException when the document could not be fetched
     */
    public OAuthEndpoints read(String issuer) {
        URI issuerUri = IdentityUri.check(SETTING, "the issuer", issuer, insecureLoopback);
        if (issuerUri.getRawQuery() != null) {
            throw new CoreConfigurationException(SETTING, "the issuer must not have a query");
        }
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        URI location = URI.create(base + "/.well-known/openid-configuration");
        JsonNode document = fetch(location);
        String named = text(document, "issuer");
        if (!issuer.equals(named)) {
            throw new CoreConfigurationException(
                    SETTING,
                    "the discovery document's issuer " + (named == null ? "is missing" : "'" + named + "'")
                            + " instead of '" + issuer + "'");
        }
        return OAuthEndpoints.of(
                endpoint(document, "authorization_endpoint", true),
                endpoint(document, "token_endpoint", true),
                endpoint(document, "revocation_endpoint", false),
                endpoint(document, "userinfo_endpoint", false));
    }

    private JsonNode fetch(URI location) {
        HttpRequest request = HttpRequest.newBuilder(location)
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new CoreTransportException(
                    "GET", location.getPath(), e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreTransportException("GET", location.getPath(), "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw new CoreConfigurationException(
                    SETTING, location + " answered " + response.statusCode() + " instead of a discovery document");
        }
        try {
            JsonNode json = JSON.readTree(response.body());
            if (json != null && json.isObject()) {
                return json;
            }
        } catch (IOException e) {
            // Reported below: the body is not quoted.
        }
        throw new CoreConfigurationException(SETTING, location + " answered no JSON object");
    }

    private @Nullable URI endpoint(JsonNode document, String field, boolean required) {
        JsonNode value = document.get(field);
        if (value == null || value.isNull()) {
            if (required) {
                throw new CoreConfigurationException(SETTING, "the discovery document has no " + field);
            }
            return null;
        }
        if (!value.isTextual()) {
            throw new CoreConfigurationException(SETTING, "the discovery document's " + field + " is not a string");
        }
        return IdentityUri.check(SETTING, "the discovery document's " + field, value.asText(), insecureLoopback);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.asText() : null;
    }
}
