package dev.corekit.sandbox.idp;

import com.sun.net.httpserver.HttpExchange;
import dev.corekit.sandbox.http.Responses;
import java.io.IOException;

/** Escaping and the common frame of the identity server's pages. */
final class Html {
    private static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f5f7;margin:0}"
            + "main{max-width:26rem;margin:4rem auto;background:#fff;padding:2rem;border-radius:8px;"
            + "box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.3rem;margin-top:0}"
            + "label{display:block;margin:.6rem 0 .2rem}input[type=text],input[type=password],select{width:100%;"
            + "padding:.4rem;box-sizing:border-box}.scope label{display:inline;margin:0}.scope{margin:.4rem 0}"
            + "button{margin-top:1rem;padding:.5rem 1.2rem}.error{color:#b00020}.sandbox{color:#666;font-size:.8rem}";

    private Html() {}

    /** Escapes text for element content and double-quoted attribute values. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** A whole page around {@code body}, which the caller has escaped already; {@code title} is escaped here. */
    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
                + "<title>" + escape(title) + " - CORE sandbox</title><style>" + STYLE + "</style></head>\n"
                + "<body><main>\n" + body + "\n<p class=\"sandbox\">corekit sandbox: a local emulator of BQE CORE</p>"
                + "</main></body></html>\n";
    }

    /**
     * Sends a page. The pages carry a pending-request id that stands in for a session, so they must not be framed
     * (clickjacking) nor leak the authorize URL through the Referer. No {@code form-action} directive: browsers apply
     * it to the redirect that follows a form post, which must reach the app.
     */
    static void send(HttpExchange exchange, int status, String html) throws IOException {
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders()
                .set(
                        "Content-Security-Policy",
                        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'");
        exchange.getResponseHeaders().set("Referrer-Policy", "no-referrer");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        Responses.html(exchange, status, html);
    }
}
