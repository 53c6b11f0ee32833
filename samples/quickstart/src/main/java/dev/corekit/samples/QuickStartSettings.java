package dev.corekit.samples;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Properties;

/**
 * What the quick start runs against, read from the environment and system properties.
 *
 * <p>Without {@code CORE_CLIENT_ID} it runs against the embedded sandbox. With {@code CORE_CLIENT_ID} and
 * {@code CORE_REDIRECT_URI} (and {@code CORE_CLIENT_SECRET} for a web app) it runs against CORE itself;
 * {@code CORE_IDENTITY_SERVER} points it at another identity server (e.g. a standalone sandbox), and
 * {@code CORE_QUICKSTART_WRITE=true} lets it create, change and delete an activity and a time entry there.
 *
 * @param directory where the token file (and the embedded sandbox's state) is kept: {@code -Dquickstart.dir}
 * @param later run as if this much time had passed since the last run ({@code -Dquickstart.later=PT5M}), to see a
 *     refresh without waiting; sandbox only
 */
record QuickStartSettings(
        Path directory,
        Duration later,
        String clientId,
        String clientSecret,
        String redirectUri,
        String identityServer,
        boolean writeToCore) {

    /** Whether the quick start talks to CORE (or another identity server) instead of its embedded sandbox. */
    boolean realCore() {
        return clientId != null;
    }

    /**
     * Reads the settings.
     *
     * @throws IllegalArgumentException naming the variable or property that is missing or malformed
     */
    static QuickStartSettings read(Map<String, String> env, Properties properties) {
        Path directory = Path.of(value(properties.getProperty("quickstart.dir"), "target/quickstart"));
        Duration later = Duration.ZERO;
        String laterText = blankToNull(properties.getProperty("quickstart.later"));
        if (laterText != null) {
            try {
                later = Duration.parse(laterText);
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException(
                        "quickstart.later must be an ISO-8601 duration such as PT5M, was '" + laterText + "'");
            }
            if (later.isNegative()) {
                throw new IllegalArgumentException("quickstart.later must not be negative, was " + laterText);
            }
        }
        String clientId = blankToNull(env.get("CORE_CLIENT_ID"));
        String secret = blankToNull(env.get("CORE_CLIENT_SECRET"));
        String redirect = blankToNull(env.get("CORE_REDIRECT_URI"));
        if (clientId == null && (secret != null || redirect != null)) {
            throw new IllegalArgumentException("CORE_CLIENT_SECRET or CORE_REDIRECT_URI is set but CORE_CLIENT_ID is"
                    + " not: set all of them to run against CORE, or none to run against the embedded sandbox");
        }
        if (clientId != null && redirect == null) {
            throw new IllegalArgumentException("CORE_CLIENT_ID is set but CORE_REDIRECT_URI is not: set it to the"
                    + " redirect URI registered for the app, e.g. http://127.0.0.1/callback");
        }
        return new QuickStartSettings(
                directory,
                later,
                clientId,
                secret,
                redirect,
                blankToNull(env.get("CORE_IDENTITY_SERVER")),
                "true".equalsIgnoreCase(blankToNull(env.get("CORE_QUICKSTART_WRITE"))));
    }

    private static String value(String value, String otherwise) {
        String v = blankToNull(value);
        return v == null ? otherwise : v;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** Never shows the secret. */
    @Override
    public String toString() {
        return "QuickStartSettings{directory=" + directory + ", later=" + later + ", clientId=" + clientId
                + ", clientSecret=" + (clientSecret == null ? "none" : "***") + ", redirectUri=" + redirectUri
                + ", identityServer=" + identityServer + ", writeToCore=" + writeToCore + "}";
    }
}
