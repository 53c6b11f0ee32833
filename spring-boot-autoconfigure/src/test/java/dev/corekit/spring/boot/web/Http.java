package dev.corekit.spring.boot.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A browser's requests, made by hand: java.net.http without a cookie handler and without following redirects, so that
 * a test sees each redirect and decides which cookies each request carries.
 */
final class Http {
    private static final HttpClient CLIENT =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private Http() {}

    /** {@code GET uri} with the headers, given as name, value, name, value... */
    static HttpResponse<String> get(URI uri, String... headers) {
        return get(CLIENT, uri, headers);
    }

    /** {@code GET uri} through {@code client}, with the headers given as name, value, name, value... */
    static HttpResponse<String> get(HttpClient client, URI uri, String... headers) {
        return send(client, HttpRequest.newBuilder(uri).GET(), headers);
    }

    /** {@code POST uri} of a URL-encoded form, with the headers given as name, value, name, value... */
    static HttpResponse<String> post(URI uri, Map<String, String> form, String... headers) {
        return post(CLIENT, uri, form, headers);
    }

    /** {@code POST uri} of a URL-encoded form through {@code client}, with the headers given as name, value... */
    static HttpResponse<String> post(HttpClient client, URI uri, Map<String, String> form, String... headers) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(
                client,
                HttpRequest.newBuilder(uri)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)),
                headers);
    }

    private static HttpResponse<String> send(HttpClient client, HttpRequest.Builder request, String... headers) {
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * {@return the {@code Set-Cookie} of {@code name}: its value and its attributes (lower-case names)} For {@link
     * CoreLoginController#COOKIE}, the first login cookie ({@code COREKIT_LOGIN_...}, with or without {@code __Host-}).
     */
    static Optional<SetCookie> setCookie(HttpResponse<?> response, String name) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            List<String> parts = new ArrayList<>(List.of(header.split(";")));
            String pair = parts.remove(0).trim();
            int equals = pair.indexOf('=');
            String cookie = pair.substring(0, equals);
            if (!cookie.equals(name)
                    && !(name.equals(CoreLoginController.COOKIE)
                            && (cookie.startsWith(name + "_")
                                    || cookie.startsWith(CoreLoginController.SECURE_PREFIX + name + "_")))) {
                continue;
            }
            Map<String, String> attributes = new LinkedHashMap<>();
            for (String part : parts) {
                String attribute = part.trim();
                int at = attribute.indexOf('=');
                attributes.put(
                        (at < 0 ? attribute : attribute.substring(0, at)).toLowerCase(),
                        at < 0 ? "" : attribute.substring(at + 1));
            }
            return Optional.of(new SetCookie(cookie, pair.substring(equals + 1), attributes));
        }
        return Optional.empty();
    }

    /** {@return the value of the cookie {@code name} that {@code response} sets} */
    static String cookie(HttpResponse<?> response, String name) {
        return setCookie(response, name)
                .orElseThrow(() -> new AssertionError("no cookie " + name + " in " + response.headers()))
                .value();
    }

    /** {@return {@code name=value} of the login cookie that {@code response} sets, for a {@code Cookie} header} */
    static String loginCookie(HttpResponse<?> response) {
        SetCookie cookie = setCookie(response, CoreLoginController.COOKIE)
                .orElseThrow(() -> new AssertionError("no login cookie in " + response.headers()));
        return cookie.name() + "=" + cookie.value();
    }

    /**
     * A cookie the server set.
     *
     * @param name its name
     * @param value its value
     * @param attributes its attributes, names in lower case ({@code path}, {@code max-age}, {@code httponly}, ...)
     */
    record SetCookie(String name, String value, Map<String, String> attributes) {}

    /** {@return the {@code Location} of a redirect} */
    static URI location(HttpResponse<?> response) {
        return URI.create(response.headers()
                .firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location in " + response + ": " + response.body())));
    }
}
