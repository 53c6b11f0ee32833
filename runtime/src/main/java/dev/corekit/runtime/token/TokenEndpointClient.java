package dev.corekit.runtime.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.auth.ClientCredentials;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.http.RetryAfter;
import dev.corekit.runtime.http.RetryEngine;
import dev.corekit.runtime.http.RetryPolicy;
import dev.corekit.runtime.http.Sleeper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to CORE's identity server: the code exchange and refresh at {@code /connect/token}, revocation at
 * {@code /connect/revocation}, and {@code /connect/userinfo}.
 *
 * <p>A failed request is retried on the {@link RetryEngine} (the policy's attempts, backoff, {@code Retry-After} cap
 * and deadline, on the injected clock and sleeper) when the server answered {@code 503} or {@code 429} (it did not
 * process the request), or when the connection could not be made. It is not retried after other {@code 5xx}
 * answers or when the connection broke after the request was sent: a code or a rotated refresh token may then
 * already be spent, and sending it again would make CORE revoke the grant.
 */
public final class TokenEndpointClient {
    private static final Logger LOG = LoggerFactory.getLogger(TokenEndpointClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI identityServer;
    private final ClientCredentials credentials;
    private final HttpClient http;
    private final Clock clock;
    private final RetryEngine retries;

    /** A client that waits between attempts with {@link Sleeper#system()}. */
    public TokenEndpointClient(
            URI identityServer, ClientCredentials credentials, HttpClient http, Clock clock, RetryPolicy retries) {
        this(identityServer, credentials, http, new RetryEngine(retries, clock, Sleeper.system()));
    }

    /** A client that retries on {@code retries} and reads the time from its clock. */
    public TokenEndpointClient(
            URI identityServer, ClientCredentials credentials, HttpClient http, RetryEngine retries) {
        String base = identityServer.toString();
        this.identityServer = URI.create(base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = retries.clock();
    }

    /** The identity server's base, e.g. {@code https://api-identity.bqecore.com/idp}. */
    public URI identityServer() {
        return identityServer;
    }

    public ClientCredentials credentials() {
        return credentials;
    }

    /** Exchanges an authorization code; {@code redirectUri} must be the one the authorize request carried. */
    public TokenSet exchangeCode(String code, String redirectUri, String codeVerifier) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "authorization_code");
        form.put("code", code);
        form.put("redirect_uri", redirectUri);
        if (codeVerifier != null) {
            form.put("code_verifier", codeVerifier);
        }
        return tokens(form, "authorization_code");
    }

    /** Uses a refresh token; {@code invalid_grant} comes back as an {@link OAuthException}. */
    public TokenSet refresh(String refreshToken) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "refresh_token");
        form.put("refresh_token", refreshToken);
        return tokens(form, "refresh_token");
    }

    /** Revokes a token (RFC 7009); {@code hint} is {@code access_token}, {@code refresh_token} or {@code null}. */
    public void revoke(String token, String hint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        if (hint != null) {
            form.put("token_type_hint", hint);
        }
        HttpResponse<byte[]> response = post("connect/revocation", form);
        if (response.statusCode() != 200) {
            throw oauthError(response, form.values());
        }
    }

    /** The user's claims from {@code /connect/userinfo}. */
    public JsonNode userInfo(String accessToken) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(identityServer + "/connect/userinfo"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = send(request, "GET connect/userinfo");
        if (response.statusCode() != 200) {
            throw oauthError(response, java.util.List.of(accessToken));
        }
        return parse(response);
    }

    private TokenSet tokens(Map<String, String> form, String grant) {
        HttpResponse<byte[]> response = post("connect/token", form);
        Instant received = clock.instant();
        if (response.statusCode() != 200) {
            throw oauthError(response, form.values());
        }
        try {
            return TokenSet.fromTokenResponse(parse(response), received);
        } catch (CoreException e) {
            throw new CoreException("the " + grant + " token response is unusable: " + e.getMessage());
        }
    }

    private HttpResponse<byte[]> post(String path, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(identityServer + "/" + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        Map<String, String> fields = new LinkedHashMap<>(form);
        credentials.apply(fields, request);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), "POST " + path);
    }

    /**
     * Sends on the retry engine: again after {@code 429} and {@code 503} (the server did not process the request) and
     * when the connection could not be made (nothing was sent); the last answer is returned when the engine gives up.
     */
    private HttpResponse<byte[]> send(HttpRequest request, String what) {
        String path = request.uri().getPath();
        return retries.run(
                () -> attempt(request, what),
                e -> new CoreTransportException(request.method(), path, "interrupted", e));
    }

    private RetryEngine.Outcome<HttpResponse<byte[]>> attempt(HttpRequest request, String what) {
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CoreTransportException(request.method(), request.uri().getPath(), "interrupted", e);
        } catch (IOException e) {
            CoreTransportException failure = new CoreTransportException(
                    request.method(), request.uri().getPath(), e.getClass().getSimpleName(), e);
            boolean notSent = e instanceof ConnectException || e instanceof HttpConnectTimeoutException;
            if (!notSent) {
                throw failure;
            }
            return RetryEngine.Outcome.retry(null, failure);
        }
        int status = response.statusCode();
        if (status != 429 && status != 503) {
            return RetryEngine.Outcome.done(response);
        }
        LOG.debug("{} answered {}", what, status);
        Duration retryAfter = RetryAfter.parse(
                        response.headers().firstValue("Retry-After").orElse(null), clock)
                .orElse(null);
        return RetryEngine.Outcome.retryAnswer(retryAfter, response);
    }

    private static JsonNode parse(HttpResponse<byte[]> response) {
        try {
            JsonNode json = JSON.readTree(response.body());
            if (json == null || !json.isObject()) {
                throw new CoreException(
                        "the identity server answered " + response.statusCode() + " without a JSON object");
            }
            return json;
        } catch (IOException e) {
            throw new CoreException("the identity server answered " + response.statusCode() + " with malformed JSON");
        }
    }

    /** RFC 6749 §5.2: {@code {"error": ..., "error_description": ...}}; anything else becomes a generic error. */
    private OAuthException oauthError(HttpResponse<byte[]> response, java.util.Collection<String> sent) {
        try {
            JsonNode json = JSON.readTree(response.body());
            if (json != null && json.hasNonNull("error")) {
                String description = json.hasNonNull("error_description")
                        ? withoutEcho(json.get("error_description").asText(), sent)
                        : null;
                return new OAuthException(json.get("error").asText(), description, response.statusCode());
            }
        } catch (IOException ignored) {
            // Not JSON: reported below without the body, which may echo what was sent.
        }
        return new OAuthException("server_error", "unexpected answer from the identity server", response.statusCode());
    }

    /** A server may echo what it was sent; the values sent (codes, tokens, the secret) are masked. */
    private String withoutEcho(String description, java.util.Collection<String> sent) {
        String text = description;
        for (String value : sent) {
            if (value != null && value.length() >= 4 && !value.equals(credentials.clientId())) {
                text = text.replace(value, "***");
            }
        }
        text = credentials.mask(text);
        return dev.corekit.runtime.http.Redaction.redact(text);
    }

    @Override
    public String toString() {
        return "TokenEndpointClient{identityServer=" + identityServer + ", " + credentials + "}";
    }
}
