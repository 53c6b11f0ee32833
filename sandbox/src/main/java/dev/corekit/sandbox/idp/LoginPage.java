package dev.corekit.sandbox.idp;

/**
 * The CORE log-in screen: a form posting {@code login} and {@code password}, with the pending authorize request's id
 * in a hidden field instead of a cookie.
 */
final class LoginPage {
    private LoginPage() {}

    /**
     * The page.
     *
     * @param action the URL the form posts to
     * @param pendingId the pending authorize request
     * @param appName the app asking for access
     * @param login the login to prefill (after a failed attempt), or {@code null}; the password is never echoed
     * @param error the message to show, or {@code null}
     */
    static String render(String action, String pendingId, String appName, String login, String error) {
        StringBuilder body = new StringBuilder();
        body.append("<h1>Log in to CORE</h1>\n<p>to continue to <strong id=\"app-name\">")
                .append(Html.escape(appName))
                .append("</strong></p>\n");
        if (error != null) {
            body.append("<p id=\"login-error\" class=\"error\" role=\"alert\">")
                    .append(Html.escape(error))
                    .append("</p>\n");
        }
        body.append("<form id=\"login-form\" method=\"post\" action=\"")
                .append(Html.escape(action))
                .append("\">\n<input type=\"hidden\" name=\"pending\" value=\"")
                .append(Html.escape(pendingId))
                .append("\">\n<label for=\"login\">Email</label>\n")
                .append("<input type=\"text\" id=\"login\" name=\"login\" autocomplete=\"username\" value=\"")
                .append(Html.escape(login))
                .append("\" autofocus>\n<label for=\"password\">Password</label>\n")
                .append(
                        "<input type=\"password\" id=\"password\" name=\"password\" autocomplete=\"current-password\">\n")
                .append("<button type=\"submit\" id=\"sign-in\">Sign in</button>\n</form>");
        return Html.page("Log in", body.toString());
    }
}
