package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxLoginException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A browser without a screen for the sandbox's own sign-in, over HTTP as a user's browser goes: requests the authorize
 * URI, fills in the log-in page, answers the consent page, and returns where the sandbox redirected, the app's
 * redirect URI with {@code code} and {@code state} (or {@code error}). It never follows that redirect: the caller
 * completes the flow with it.
 */
public final class HeadlessLogin {
    private static final Pattern FORM = Pattern.compile("<form id=\"([a-z-]+)\" method=\"post\" action=\"([^\"]*)\"");
    private static final Pattern PENDING = Pattern.compile("name=\"pending\" value=\"([^\"]*)\"");
    private static final Pattern SCOPE = Pattern.compile("name=\"scope\" id=\"[^\"]*\" value=\"([^\"]*)\" checked");
    private static final Pattern SELECTED_COMPANY = Pattern.compile("<option value=\"([^\"]*)\" selected>");
    private static final Pattern MESSAGE = Pattern.compile("id=\"(?:login-error|error)\"[^>]*>([^<]*)<");

    private final URI authorizeEndpoint;
    private final HttpClient http;

    /**
     * A login against the identity server at {@code identityUrl}, e.g. {@code http://127.0.0.1:8089/idp}.
     *
     * @param identityUrl the identity server's base, {@code {base}/idp}
     */
    public HeadlessLogin(String identityUrl) {
        this.authorizeEndpoint = URI.create(identityUrl + "/connect/authorize");
        this.http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /**
     * Logs {@code login} in and grants every requested scope for {@code companyId} ({@code null}: the user's first
     * company). When the sandbox auto-approves, or refuses the request with a redirect, that redirect is returned.
     *
     * @param authorize the authorize URI the client built, {@code {identityUrl}/connect/authorize?...}
     * @param login the user's login
     * @param password the user's password
     * @param companyId the company to grant, or {@code null} for the user's first
     * @return the redirect to the app's redirect URI, with {@code code} and {@code state}
     * @throws SandboxLoginException when the URI is not this identity server's authorize endpoint, the request is
     *     refused with an error page, the login or password is wrong, or the company is not the user's
     */
    public URI approve(URI authorize, String login, String password, String companyId) {
        return decide(authorize, login, password, companyId, true);
    }

    /**
     * Logs {@code login} in and clicks Deny: the redirect carries {@code error=access_denied}.
     *
     * @param authorize the authorize URI the client built, {@code {identityUrl}/connect/authorize?...}
     * @param login the user's login
     * @param password the user's password
     * @return the redirect to the app's redirect URI, with {@code error=access_denied}
     * @throws SandboxLoginException as {@link #approve}
     */
    public URI deny(URI authorize, String login, String password) {
        return decide(authorize, login, password, null, false);
    }

    private URI decide(URI authorize, String login, String password, String companyId, boolean grant) {
        checkOwn(Objects.requireNonNull(authorize, "authorize"));
        Objects.requireNonNull(login, "login");
        Objects.requireNonNull(password, "password");
        Page signIn = send(HttpRequest.newBuilder(authorize).GET(), "the authorize request");
        if (signIn.redirect() != null) {
            return signIn.redirect();
        }
        if (!signIn.has("login-form")) {
            throw signIn.refusal("the authorize request");
        }
        Page consent = signIn.submit(
                "login-form",
                List.of("pending", signIn.pending(), "login", login, "password", password),
                "the log-in of " + login);
        if (!consent.has("consent-form")) {
            throw consent.refusal("the log-in of " + login);
        }
        List<String> answer = new ArrayList<>(List.of("pending", consent.pending()));
        if (grant) {
            answer.addAll(List.of("decision", "grant", "company", companyId != null ? companyId : consent.company()));
            consent.scopes().forEach(scope -> answer.addAll(List.of("scope", scope)));
        } else {
            answer.addAll(List.of("decision", "deny"));
        }
        Page done = consent.submit("consent-form", answer, "the consent of " + login);
        if (done.redirect() == null) {
            throw done.refusal("the consent of " + login + (companyId != null ? " for company " + companyId : ""));
        }
        return done.redirect();
    }

    private void checkOwn(URI authorize) {
        String endpoint = authorize.getScheme() + "://" + authorize.getRawAuthority() + authorize.getRawPath();
        if (!endpoint.equals(authorizeEndpoint.toString())) {
            // Without the query: it is this sandbox's business only, and the password goes nowhere else.
            throw new SandboxLoginException(endpoint + " is not this sandbox's authorize endpoint " + authorizeEndpoint
                    + ": is the client's identity server the sandbox's identityUrl()?");
        }
    }

    private Page send(HttpRequest.Builder request, String step) {
        try {
            HttpResponse<String> response =
                    http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new SandboxLoginException(step + " did not reach the sandbox: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SandboxLoginException(step + " was interrupted", e);
        }
    }

    /** An answer of the identity server: a page, or a redirect. */
    private final class Page {
        private final int status;
        private final String body;
        private final URI redirect;

        Page(int status, String body, Optional<String> location) {
            this.status = status;
            this.body = body;
            this.redirect = status == 302 ? location.map(URI::create).orElse(null) : null;
        }

        URI redirect() {
            return redirect;
        }

        boolean has(String formId) {
            return status == 200 && formAction(formId) != null;
        }

        String pending() {
            return first(PENDING, "the pending request");
        }

        String company() {
            return first(SELECTED_COMPANY, "a company");
        }

        List<String> scopes() {
            List<String> scopes = new ArrayList<>();
            Matcher scope = SCOPE.matcher(body);
            while (scope.find()) {
                scopes.add(unescape(scope.group(1)));
            }
            return scopes;
        }

        /** Posts the form {@code formId} of this page with {@code fields} (name, value, name, value...). */
        Page submit(String formId, List<String> fields, String step) {
            String action = has(formId) ? formAction(formId) : null;
            if (action == null) {
                throw refusal(step);
            }
            StringBuilder form = new StringBuilder();
            for (int i = 0; i < fields.size(); i += 2) {
                form.append(form.length() == 0 ? "" : "&")
                        .append(encode(fields.get(i)))
                        .append('=')
                        .append(encode(fields.get(i + 1)));
            }
            return send(
                    HttpRequest.newBuilder(URI.create(action))
                            .header("Content-Type", "application/x-www-form-urlencoded")
                            .POST(HttpRequest.BodyPublishers.ofString(form.toString())),
                    step);
        }

        /** Why this page is not the one expected, in the sandbox's words. */
        SandboxLoginException refusal(String step) {
            Matcher message = MESSAGE.matcher(body);
            String why = message.find() ? unescape(message.group(1)) : "it answered " + status;
            return new SandboxLoginException("the sandbox refused " + step + ": " + why);
        }

        private String formAction(String formId) {
            Matcher form = FORM.matcher(body);
            while (form.find()) {
                if (form.group(1).equals(formId)) {
                    return unescape(form.group(2));
                }
            }
            return null;
        }

        private String first(Pattern pattern, String what) {
            Matcher matcher = pattern.matcher(body);
            if (!matcher.find()) {
                throw new SandboxLoginException("the sandbox's page holds no " + what);
            }
            return unescape(matcher.group(1));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The inverse of {@link Html#escape}. */
    private static String unescape(String text) {
        return text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
