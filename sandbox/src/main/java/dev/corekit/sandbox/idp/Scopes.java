package dev.corekit.sandbox.idp;

import dev.corekit.sandbox.SandboxApp;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** CORE's scopes: parsing the space-delimited {@code scope} parameter, checking it, and writing it back in order. */
final class Scopes {
    /** Every scope, in the order discovery lists them and the {@code scope} field of a token response uses. */
    static final List<String> ALL =
            List.of("read:core", "readwrite:core", "offline_access", "openid", "profile", "email", "address");

    static final String OFFLINE_ACCESS = "offline_access";
    static final String OPENID = "openid";

    private Scopes() {}

    /**
     * Parses and checks a requested scope for {@code app}: it must be non-empty, name only known scopes and only scopes
     * the app may request. Repeated spaces and repeated scopes are tolerated.
     */
    static Set<String> requested(String scope, SandboxApp app) throws OAuthError {
        Set<String> scopes = parse(scope);
        if (scopes.isEmpty()) {
            throw OAuthError.invalidScope("the scope parameter is missing or empty");
        }
        for (String s : scopes) {
            if (!ALL.contains(s)) {
                throw OAuthError.invalidScope("unknown scope: " + s);
            }
            if (!app.allowedScopes().contains(s)) {
                throw OAuthError.invalidScope("the app may not request the scope " + s);
            }
        }
        return scopes;
    }

    /** The distinct scopes of a space-delimited string, in their order. */
    static Set<String> parse(String scope) {
        Set<String> scopes = new LinkedHashSet<>();
        if (scope != null) {
            for (String s : scope.split(" ")) {
                if (!s.isEmpty()) {
                    scopes.add(s);
                }
            }
        }
        return scopes;
    }

    /** The scopes in {@link #ALL}'s order, space-delimited, so that responses are deterministic. */
    static String format(Collection<String> scopes) {
        return ordered(scopes).stream().collect(Collectors.joining(" "));
    }

    /** The scopes in {@link #ALL}'s order. */
    static List<String> ordered(Collection<String> scopes) {
        return ALL.stream().filter(scopes::contains).toList();
    }

    /** What the consent page says a scope lets the app do. */
    static String describe(String scope) {
        switch (scope) {
            case "read:core":
                return "Read your company's CORE data";
            case "readwrite:core":
                return "Read and change your company's CORE data";
            case "offline_access":
                return "Stay connected when you are not using the app (refresh tokens)";
            case "openid":
                return "Sign you in with your CORE identity";
            case "profile":
                return "See your name";
            case "email":
                return "See your email address";
            case "address":
                return "See your address";
            default:
                return scope;
        }
    }

    /** The id of a scope's checkbox on the consent page: {@code scope-read-core} for {@code read:core}. */
    static String checkboxId(String scope) {
        return "scope-" + scope.replace(':', '-');
    }
}
