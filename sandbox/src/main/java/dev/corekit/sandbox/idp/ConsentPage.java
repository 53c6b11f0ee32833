package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxCompany;
import java.util.Collection;
import java.util.List;

/**
 * CORE's consent dialog: the app's name, one ticked checkbox per requested scope (the user may untick some), the
 * user's companies to pick one from, and Grant and Deny buttons posting {@code decision}.
 */
final class ConsentPage {
    private ConsentPage() {}

    /**
     * The page.
     *
     * @param action the URL the form posts to
     * @param pendingId the pending authorize request
     * @param appName the app asking for access
     * @param scopes the requested scopes
     * @param companies the signed-in user's companies; the first is preselected
     */
    static String render(
            String action,
            String pendingId,
            String appName,
            Collection<String> scopes,
            List<SandboxCompany> companies) {
        StringBuilder body = new StringBuilder();
        body.append("<h1><span id=\"app-name\">")
                .append(Html.escape(appName))
                .append("</span> wants to access your CORE account</h1>\n<form id=\"consent-form\" method=\"post\" ")
                .append("action=\"")
                .append(Html.escape(action))
                .append("\">\n<input type=\"hidden\" name=\"pending\" value=\"")
                .append(Html.escape(pendingId))
                .append("\">\n<fieldset><legend>Permissions</legend>\n");
        for (String scope : scopes) {
            String id = Scopes.checkboxId(scope);
            body.append("<div class=\"scope\"><input type=\"checkbox\" name=\"scope\" id=\"")
                    .append(Html.escape(id))
                    .append("\" value=\"")
                    .append(Html.escape(scope))
                    .append("\" checked> <label for=\"")
                    .append(Html.escape(id))
                    .append("\">")
                    .append(Html.escape(Scopes.describe(scope)))
                    .append(" <code>")
                    .append(Html.escape(scope))
                    .append("</code></label></div>\n");
        }
        body.append("</fieldset>\n<label for=\"company\">Company</label>\n<select name=\"company\" id=\"company\">\n");
        boolean first = true;
        for (SandboxCompany company : companies) {
            body.append("<option value=\"")
                    .append(Html.escape(company.id()))
                    .append(first ? "\" selected>" : "\">")
                    .append(Html.escape(company.name()))
                    .append("</option>\n");
            first = false;
        }
        body.append("</select>\n")
                .append(
                        "<button type=\"submit\" name=\"decision\" value=\"grant\" id=\"grant\">Grant Permission</button>\n")
                .append("<button type=\"submit\" name=\"decision\" value=\"deny\" id=\"deny\">Deny</button>\n</form>");
        return Html.page("Grant access", body.toString());
    }
}
