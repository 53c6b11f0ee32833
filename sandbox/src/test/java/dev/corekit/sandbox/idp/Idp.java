package dev.corekit.sandbox.idp;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A plain HTTP client for the identity server, with redirects not followed, and small helpers for the flows. */
final class Idp {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    static final ObjectMapper JSON = new ObjectMapper();
    /** A redirect URI matching the demo apps' registered {@code http://127.0.0.1/callback}. */
    static final String REDIRECT = "http://127.0.0.1:8765/callback";

    static final String WEB = SandboxConfig.DEMO_CLIENT_ID;
    static final String SECRET = SandboxConfig.DEMO_CLIENT_SECRET;
    static final String NATIVE = SandboxConfig.DEMO_NATIVE_CLIENT_ID;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CoreSandbox sandbox;

    Idp(CoreSandbox sandbox) {
        this.sandbox = sandbox;
    }

    /** A sandbox that approves every authorize request as the demo user for {@code company}. */
    static CoreSandbox autoApproving(String company) {
        return CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, company))
                .start();
    }

    String url(String path) {
        return sandbox.identityUrl() + path;
    }

    /** {@code {idp}/connect/authorize?...} with {@code params} in order, each encoded. */
    String authorizeUrl(Map<String, String> params) {
        return url("/connect/authorize?" + encode(params));
    }

    HttpResponse<String> get(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    HttpResponse<String> getWithBearer(String url, String token) {
        return send(HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .GET());
    }

    HttpResponse<String> post(String url, Map<String, String> form) {
        return post(url, form, null);
    }

    /** A form post; {@code authorization} is the raw header value or {@code null}. */
    HttpResponse<String> post(String url, Map<String, String> form, String authorization) {
        return postEncoded(url, encode(form), authorization);
    }

    /** A form post of an already encoded body, e.g. with a repeated field. */
    HttpResponse<String> postEncoded(String url, String body) {
        return postEncoded(url, body, null);
    }

    HttpResponse<String> postEncoded(String url, String body, String authorization) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    HttpResponse<String> token(Map<String, String> form) {
        return post(url("/connect/token"), form);
    }

    HttpResponse<String> userinfo(String accessToken) {
        return getWithBearer(url("/connect/userinfo"), accessToken);
    }

    static String basic(String id, String secret) {
        String pair =
                URLEncoder.encode(id, StandardCharsets.UTF_8) + ":" + URLEncoder.encode(secret, StandardCharsets.UTF_8);
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }

    /** Authorize params for the demo web app with {@link #REDIRECT}. */
    static Map<String, String> authorizeParams(String clientId, String scope, String state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("client_id", clientId);
        params.put("response_type", "code");
        params.put("scope", scope);
        params.put("redirect_uri", REDIRECT);
        if (state != null) {
            params.put("state", state);
        }
        return params;
    }

    /** Runs an auto-approved authorize request and returns the code from the redirect. */
    String code(Map<String, String> params) {
        HttpResponse<String> response = get(authorizeUrl(params));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String code = first(query(location(response)), "code");
        assertThat(code).as(location(response)).isNotNull();
        return code;
    }

    /** Auto-approves the web app for {@code scope} and exchanges the code; the token response as JSON. */
    JsonNode webTokens(String scope) {
        String code = code(authorizeParams(WEB, scope, "s"));
        HttpResponse<String> response = token(form(
                "grant_type", "authorization_code",
                "code", code,
                "redirect_uri", REDIRECT,
                "client_id", WEB,
                "client_secret", SECRET));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    HttpResponse<String> refresh(String refreshToken) {
        return token(form(
                "grant_type", "refresh_token",
                "refresh_token", refreshToken,
                "client_id", WEB,
                "client_secret", SECRET));
    }

    static Map<String, String> form(String... pairs) {
        Map<String, String> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    static String encode(Map<String, String> params) {
        List<String> pairs = new ArrayList<>();
        params.forEach((k, v) -> pairs.add(
                URLEncoder.encode(k, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return String.join("&", pairs);
    }

    static String location(HttpResponse<?> response) {
        return response.headers().firstValue("Location").orElse(null);
    }

    /** The decoded query parameters of a URL. */
    static Map<String, List<String>> query(String url) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
        }
        return values;
    }

    static String first(Map<String, List<String>> query, String name) {
        List<String> values = query.get(name);
        return values == null ? null : values.get(0);
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of the hidden input {@code name} in a page. */
    static String hidden(String html, String name) {
        Matcher m = Pattern.compile("<input type=\"hidden\" name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"")
                .matcher(html);
        assertThat(m.find()).as("hidden field %s in %s", name, html).isTrue();
        return m.group(1);
    }

    /** A fresh PKCE verifier: 64 unreserved characters. */
    static String verifier() {
        byte[] bytes = new byte[48];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** The S256 challenge of a verifier, computed here independently of the server's code. */
    static String challenge(String verifier) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
