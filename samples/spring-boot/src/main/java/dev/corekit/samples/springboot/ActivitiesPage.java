package dev.corekit.samples.springboot;

import dev.corekit.client.Activity;
import dev.corekit.runtime.CoreQuery;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.spring.boot.CoreConnections;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The sample's one page: the company's activities when the user's tenant is connected to CORE, a "Connect to CORE"
 * button otherwise. The button posts to the starter's login controller ({@code corekit.web.connect-path}) with Spring
 * Security's CSRF token and the path to come back to.
 */
@RestController
class ActivitiesPage {
    private final CoreConnections connections;
    private final String connectPath;

    ActivitiesPage(
            CoreConnections connections, @Value("${corekit.web.connect-path:/corekit/connect}") String connectPath) {
        this.connections = connections;
        this.connectPath = connectPath;
    }

    /** The page, for the signed-in user's tenant. */
    @GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
    String home(
            Authentication user,
            CsrfToken csrf,
            @RequestParam(name = "corekit-error", required = false) @Nullable String error) {
        // The connection TenantConfiguration's resolver names for this request: the user's tenant.
        String tenant = connections.currentConnection().orElse(null);
        StringBuilder body = new StringBuilder()
                .append("<p id=\"signed-in\">Signed in as ")
                .append(html(user.getName()))
                .append(tenant == null ? ", of no tenant" : ", tenant <span id=\"tenant\">" + html(tenant) + "</span>")
                .append("</p>\n");
        if (error != null) {
            body.append("<p id=\"error\">CORE did not connect: ")
                    .append(html(error))
                    .append("</p>\n");
        }
        if (tenant != null) {
            List<Activity> activities = connections.isConnected(tenant) ? activities(tenant) : null;
            if (activities == null) {
                body.append(connectButton(csrf));
            } else {
                body.append(table(activities));
            }
        }
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>corekit sample</title></head><body>\n"
                + "<h1>CORE activities</h1>\n" + body + "</body></html>\n";
    }

    /** The tenant's activities, or null when its connection needs a new login. */
    private @Nullable List<Activity> activities(String tenant) {
        try {
            return connections.core(tenant).activities().list(CoreQuery.all());
        } catch (ReauthorizationRequiredException e) {
            return null;
        }
    }

    private String connectButton(CsrfToken csrf) {
        return "<form id=\"connect-form\" method=\"post\" action=\"" + html(connectPath) + "\">\n"
                + "<input type=\"hidden\" name=\"" + html(csrf.getParameterName()) + "\" value=\""
                + html(csrf.getToken()) + "\">\n"
                + "<input type=\"hidden\" name=\"returnTo\" value=\"/\">\n"
                + "<button id=\"connect\" type=\"submit\">Connect to CORE</button>\n"
                + "</form>\n";
    }

    private static String table(List<Activity> activities) {
        StringBuilder table = new StringBuilder("<table id=\"activities\">\n<tr><th>Code</th><th>Name</th></tr>\n");
        for (Activity activity : activities) {
            table.append("<tr><td class=\"code\">")
                    .append(html(activity.code()))
                    .append("</td><td>")
                    .append(html(activity.name()))
                    .append("</td></tr>\n");
        }
        return table.append("</table>\n").toString();
    }

    private static String html(@Nullable String text) {
        return text == null ? "" : HtmlUtils.htmlEscape(text);
    }
}
