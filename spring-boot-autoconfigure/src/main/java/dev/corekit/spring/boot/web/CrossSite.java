package dev.corekit.spring.boot.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;

/** Tells a request another site's page made the browser send, from the headers browsers set and pages cannot. */
final class CrossSite {
    private CrossSite() {}

    /**
     * {@return whether the browser says another site sent {@code request}} {@code Sec-Fetch-Site: cross-site} says
     * so; without that header (older browsers), an {@code Origin} other than the request's own scheme, host and port
     * (including {@code null}, sent from sandboxed frames and some redirects) does. A request with neither header
     * was not sent by a browser on another site's behalf.
     *
     * @param request the request
     */
    static boolean isCrossSite(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null) {
            return site.trim().equalsIgnoreCase("cross-site");
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
