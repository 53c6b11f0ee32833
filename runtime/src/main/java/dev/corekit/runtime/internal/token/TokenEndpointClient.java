package dev.corekit.runtime.internal.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.RetryPolicy;
import dev.corekit.runtime.Sleeper;
import dev.corekit.runtime.error.ApiEndpointException;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.CoreTransportException;
import dev.corekit.runtime.error.OAuthException;
import dev.corekit.runtime.error.TokenResponseException;
import dev.corekit.runtime.internal.auth.ClientCredentials;
import dev.corekit.runtime.internal.auth.OAuthEndpoints;
import dev.corekit.runtime.internal.http.EndpointPolicy;
import dev.corekit.runtime.internal.http.Redaction;
import dev.corekit.runtime.internal.http.RetryAfter;
import dev.corekit.runtime.internal.http.RetryEngine;
import dev.corekit.runtime.token.TokenSet;
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
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Talks to the identity server's {@link OAuthEndpoints}: the code exchange and refresh at the token endpoint (CORE's
 * {@code /connect/token}), revocation ({@code /connect/revocation}) and userinfo ({@code /connect/userinfo}).
 *
 * <p>A token response is usable only when its fields have their RFC 6749 types and its {@code endpoint}, the
 * company's API base, passes the {@link EndpointPolicy} (or is absent and the policy has an explicit API base; a
 * refresh without one keeps the endpoint of the tokens it refreshes). Anything else is a
 * {@link TokenResponseException} naming the field: the tokens are neither returned nor stored.
 *
 * <p>A failed request is retried on the {@link RetryEngine} (the policy's attempts, backoff, {@code Retry-After} cap
 * and deadline, on the injected clock and sleeper) when the server answered {@code 503} or {@code 429} (it did not
 * process the request), or when the connection could not be made. It is not retried after other {@code 5xx}
 * answers or when the connection broke after the request was sent: a code or a rotated refresh token may then
 * already be spent, and sending it again would make CORE revoke the grant.
 */
public final class TokenEndpointClient {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final OAuthEndpoints endpoints;
    private final ClientCredentials credentials;
    private final EndpointPolicy apiEndpoints;
    private final Supplier<HttpClient> http;
    private final Clock clock;
    private final RetryEngine retries;

    /** A client of {@code endpoints} that waits between attempts with {@link Sleeper#system()}. */
    public TokenEndpointClient(
            OAuthEndpoints endpoints,
            ClientCredentials credentials,
            HttpClient http,
            Clock clock,
            RetryPolicy retries,
            EndpointPolicy apiEndpoints) {
        this(endpoints, credentials, http, new RetryEngine(retries, clock, Sleeper.system()), apiEndpoints);
    }

    /**
     * A client of {@code endpoints} that retries on {@code retries} and reads the time from its clock.
     *
     * @param apiEndpoints decides which {@code endpoint} of a token response is usable
     */
    public TokenEndpointClient(
            OAuthEndpoints endpoints,
            ClientCredentials credentials,
            HttpClient http,
            RetryEngine retries,
            EndpointPolicy apiEndpoints) {
        this(endpoints, credentials, supplier(http), retries, apiEndpoints);
    }

    /**
     * A client of {@code endpoints} whose HTTP client is built on its first request, so that an app that never calls
     * the identity server never starts one.
     */
    public TokenEndpointClient(
            OAuthEndpoints endpoints,
            ClientCredentials credentials,
            Supplier<HttpClient> http,
            RetryEngine retries,
            EndpointPolicy apiEndpoints) {
        this.endpoints = Objects.requireNonNull(endpoints, "endpoints");
        this.apiEndpoints = Objects.requireNonNull(apiEndpoints, "apiEndpoints");
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.http = Objects.requireNonNull(http, "http");
        this.retries = Objects.requireNonNull(retries, "retries");
        this.clock = retries.clock();
    }

    private static Supplier<HttpClient> supplier(HttpClient http) {
        Objects.requireNonNull(http, "http");
        return () -> http;
    }

    /** The OAuth endpoints this client talks to. */
    public OAuthEndpoints endpoints() {
        return endpoints;
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
    public void revoke(String token, @Nullable String hint) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("token", token);
        if (hint != null) {
            form.put("token_type_hint", hint);
        }
        HttpResponse<byte[]> response = post(endpoints.requireRevocation(), form);
        if (response.statusCode() != 200) {
            throw oauthError(response, form.values());
        }
    }

    /** The user's claims from the userinfo endpoint. */
    public JsonNode userInfo(String accessToken) {
        URI userInfo = endpoints.requireUserInfo();
        HttpRequest request = HttpRequest.newBuilder(userInfo)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + accessToken)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response = send(request, "GET " + userInfo.getPath());
        if (response.statusCode() != 200) {
            throw oauthError(response, java.util.List.of()); // the Authorization header names the access token
        }
        return parse(response);
    }

    private TokenSet tokens(Map<String, String> form, String grant) {
        HttpResponse<byte[]> response = post(endpoints.token(), form);
        Instant received = clock.instant();
        if (response.statusCode() != 200) {
            throw oauthError(response, form.values());
        }
        TokenSet tokens;
        try {
            tokens = TokenSet.fromTokenResponse(parse(response), received);
        } catch (TokenResponseException e) {
            throw new TokenResponseException(
                    e.field(), "the " + grant + " token response is unusable: " + e.getMessage(), null);
        } catch (CoreException e) {
            throw new CoreException("the " + grant + " token response is unusable: " + e.getMessage());
        }
        // A refresh without endpoint keeps the one already checked; a code exchange must name one or have a base.
        if (tokens.endpoint() != null || grant.equals("authorization_code")) {
            try {
                apiEndpoints.check(tokens.endpoint());
            } catch (ApiEndpointException e) {
                throw new TokenResponseException(
                        "endpoint",
                        "the " + grant + " token response is unusable: endpoint: " + e.getMessage()
                                + "; the tokens were not stored",
                        e);
            }
        }
        return tokens;
    }

    private HttpResponse<byte[]> post(URI target, Map<String, String> form) {
        HttpRequest.Builder request = HttpRequest.newBuilder(target)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json");
        Map<String, String> fields = new LinkedHashMap<>(form);
        credentials.apply(fields, request);
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request.POST(HttpRequest.BodyPublishers.ofString(body)).build(), "POST " + target.getPath());
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
            response = http.get().send(request, HttpResponse.BodyHandlers.ofByteArray());
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
        Log.LOG.debug("{} answered {}", what, status);
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
        java.util.List<String> secrets = new java.util.ArrayList<>(sent);
        secrets.addAll(Redaction.credentialsIn(response.request().headers().allValues("Authorization")));
        try {
            JsonNode json = JSON.readTree(response.body());
            if (json != null && json.hasNonNull("error")) {
                String description = json.hasNonNull("error_description")
                        ? withoutEcho(json.get("error_description").asText(), secrets)
                        : null;
                return new OAuthException(
                        withoutEcho(json.get("error").asText(), secrets), description, response.statusCode());
            }
        } catch (IOException ignored) {
            // Not JSON: reported below without the body, which may echo what was sent.
        }
        return new OAuthException("server_error", "unexpected answer from the identity server", response.statusCode());
    }

    /**
     * A server may echo what it was sent, in any field; the values sent (codes, verifiers, tokens, the secret) are
     * masked, the text kept to one short line.
     */
    private String withoutEcho(String text, java.util.Collection<String> sent) {
        java.util.List<String> secrets = sent.stream()
                .filter(value -> value != null && !value.equals(credentials.clientId()))
                .toList();
        return Redaction.shorten(Redaction.redact(credentials.mask(text), secrets));
    }

    @Override
    public String toString() {
        return "TokenEndpointClient{" + endpoints + ", " + credentials + "}";
    }

    /** SLF4J starts (and scans the class path for a provider) only when corekit first logs. */
    private static final class Log {
        static final Logger LOG = LoggerFactory.getLogger(TokenEndpointClient.class);
    }
}
