package dev.corekit.runtime.auth;

import dev.corekit.runtime.internal.auth.Text;
import java.util.Map;

/** The small HTML pages {@link LoopbackReceiver} answers the browser with; they never show the code or the state. */
final class LoopbackPage {
    private LoopbackPage() {}

    /** The answer to a callback: received, or the error CORE sent (escaped). */
    static String forCallback(Map<String, String> parameters) {
        boolean error = parameters.containsKey("error") || parameters.containsKey("invalid_scope");
        if (!error) {
            return render(
                    "Authorization received", "The application received the authorization. You can close this window.");
        }
        String code = parameters.containsKey("error") ? parameters.get("error") : "invalid_scope";
        String description = parameters.get("error_description");
        String text = "CORE did not authorize the application: " + Text.safe(code, 100)
                + (description == null || description.isEmpty() ? "" : " (" + Text.safe(description, 300) + ")")
                + ". You can close this window.";
        return render("Authorization failed", text);
    }

    /** The answer to a second callback, e.g. a reloaded page. */
    static String alreadyReceived() {
        return render(
                "Authorization already received",
                "The application already received an authorization answer. You can close this window.");
    }

    /** The answer to a request of the callback path that is no callback. */
    static String notACallback() {
        return render(
                "No authorization answer",
                "This address receives the answer of a CORE authorization, and this request carried none.");
    }

    private static String render(String title, String text) {
        return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + Text.html(title)
                + "</title></head>\n<body><h1>" + Text.html(title) + "</h1>\n<p>" + Text.html(text)
                + "</p></body></html>\n";
    }
}
