package dev.corekit.spring.boot.web;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

/**
 * A browser's cookie jar over java.net.http: {@link CookieManager} keeps, sends, replaces and expires the cookies as a
 * browser does (by name, path and Max-Age); redirects are not followed, so that a test sees each.
 */
final class Browser {
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** {@code GET uri} with the headers, given as name, value, name, value... */
    HttpResponse<String> get(URI uri, String... headers) {
        return Http.get(client, uri, headers);
    }

    /** {@code POST uri} of a URL-encoded form, with the headers given as name, value, name, value... */
    HttpResponse<String> post(URI uri, Map<String, String> form, String... headers) {
        return Http.post(client, uri, form, headers);
    }

    /** {@return the names of the cookies the jar holds} */
    List<String> cookieNames() {
        return cookies.getCookieStore().getCookies().stream()
                .map(HttpCookie::getName)
                .toList();
    }
}
