package dev.corekit.sandbox.idp;

/**
 * The page shown instead of a redirect when the app cannot be trusted with one: an unknown client or a redirect URI
 * that is not registered (RFC 6749 §4.1.2.1), or a sign-in request that expired or was used.
 */
final class ErrorPage {
    private ErrorPage() {}

    /** The page, with {@code message} escaped; the message must not hold a secret. */
    static String render(String message) {
        return Html.page(
                "Sign-in error",
                "<h1>This sign-in request cannot continue</h1>\n<p id=\"error\" class=\"error\">" + Html.escape(message)
                        + "</p>\n<p>Go back to the application and try again.</p>");
    }
}
