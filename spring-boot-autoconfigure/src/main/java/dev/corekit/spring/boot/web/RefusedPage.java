package dev.corekit.spring.boot.web;

import org.springframework.web.util.HtmlUtils;

/** The page of a login callback that cannot be completed: what happened and a way back, nothing of the request. */
final class RefusedPage {
    private RefusedPage() {}

    /**
     * {@return the page, linking to {@code home}}
     *
     * @param home a local path
     */
    static String html(String home) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>CORE login not completed"
                + "</title></head>\n<body><h1>The CORE login could not be completed</h1>\n"
                + "<p>This link is not valid in this browser any more, or it was not started here. "
                + "Start the connection to CORE again from the application.</p>\n"
                + "<p><a href=\"" + HtmlUtils.htmlEscape(home) + "\">Back to the application</a></p></body></html>\n";
    }
}
