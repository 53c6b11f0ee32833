package dev.corekit.spring.boot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Tells a request another origin's page made the browser send, from the headers browsers set and pages cannot. */
final class CrossSite {
    private CrossSite() {}

    /**
     * {@return whether the browser says another origin may have sent {@code request}} A {@code Sec-Fetch-Site} header
     * other than {@code same-origin} or {@code none} (a URL the user typed or bookmarked) says so: {@code cross-site},
     * and {@code same-site} too, which a page of a sibling subdomain gets; without that header (older browsers), an
     * {@code Origin} other than the request's own scheme, host and port (including {@code null}, sent from sandboxed
     * frames and some redirects) does. A request with neither header was not sent by a browser on another page's
     * behalf.
     *
     * @param request the request
     */
    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            String value = site.trim();
            return !value.equalsIgnoreCase("same-origin") && !value.equalsIgnoreCase("none");
        }
        String origin = request.getHeader("Origin");
        return origin != null && !origin.trim().toLowerCase(Locale.ROOT).equals(ownOrigin(request));
    }

    private static String ownOrigin(HttpServletRequest request) {
        String scheme = request.getScheme().toLowerCase(Locale.ROOT);
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String host = request.getServerName().toLowerCase(Locale.ROOT);
        if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port);
    }
}
