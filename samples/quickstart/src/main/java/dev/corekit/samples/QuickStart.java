package dev.corekit.samples;

import dev.corekit.client.Core;
import dev.corekit.runtime.CoreClient;
import dev.corekit.runtime.auth.AuthorizationResult;
import dev.corekit.runtime.error.CoreException;
import dev.corekit.runtime.error.ReauthorizationRequiredException;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * corekit's quick start: the whole CORE flow in one program.
 *
 * <ol>
 *   <li>Starts the embedded sandbox, a local emulator of CORE (or, with {@code CORE_CLIENT_ID} set, talks to CORE).
 *   <li>Logs in with the authorization-code flow and PKCE, receiving the redirect on 127.0.0.1, and keeps the tokens
 *       in a file under {@code target/}; a later run reuses them without a login and refreshes them when due.
 *   <li>Lists, creates, updates and deletes an activity and a time entry, and streams a multi-page list.
 *   <li>Prints a table of what it did.
 * </ol>
 *
 * Run it from the repository's root with {@code ./mvnw -q -Pquickstart -pl samples/quickstart -am package
 * -DskipTests}.
 */
public final class QuickStart {
    /** The sandbox company the quick start works in. */
    static final String COMPANY = "demo-company-a";
    /**
     * How long the quick start's sandbox lets an access token live: short, so that a run a minute after the last one
     * shows a refresh. CORE's last about an hour.
     */
    static final Duration SANDBOX_TOKEN_LIFETIME = Duration.ofMinutes(2);
    /** corekit refreshes an access token this long before it expires (CoreClient's default). */
    static final Duration REFRESH_SKEW = Duration.ofSeconds(60);
    /** At most this many objects are streamed from CORE itself, where a list can be long. */
    static final long STREAM_LIMIT = 1000;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final QuickStartSettings settings;
    private final PrintStream out;
    private final Login login;
    private final ReportTable table = new ReportTable();

    QuickStart(QuickStartSettings settings, PrintStream out, BufferedReader in) {
        this.settings = settings;
        this.out = out;
        this.login = new Login(out, in);
    }

    public static void main(String[] args) {
        QuickStartSettings settings;
        try {
            settings = QuickStartSettings.read(System.getenv(), System.getProperties());
        } catch (IllegalArgumentException e) {
            System.err.println("quick start: " + e.getMessage());
            System.exit(2);
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        // Exits explicitly: the HTTP clients' pools would keep the JVM alive for a while.
        System.exit(new QuickStart(settings, System.out, in).run());
    }

    /** Runs the quick start; returns the process exit status. */
    int run() {
        try {
            if (settings.realCore()) {
                againstCore();
            } else {
                againstSandbox();
            }
            return 0;
        } catch (CoreException e) {
            // corekit's exceptions name what went wrong and carry no secret.
            out.println();
            out.println("The quick start failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        } catch (RuntimeException e) {
            out.println();
            out.println("The quick start failed unexpectedly:");
            e.printStackTrace(out);
            return 1;
        }
    }

    private void againstSandbox() {
        Path stateFile = settings.directory().resolve("sandbox-state.json");
        try (CoreSandbox sandbox = startSandbox(stateFile)) {
            // -Dquickstart.later: both clocks move, the sandbox's (tokens expire) and the client's (it sees them
            // expire), as if that much time had passed.
            sandbox.clock().advance(settings.later());
            Clock clock = Clock.offset(Clock.systemUTC(), settings.later());
            FileTokenStore tokens = new FileTokenStore(settings.directory().resolve("tokens"));
            CoreClient client = CoreClient.builder()
                    .clientId(SandboxConfig.DEMO_NATIVE_CLIENT_ID) // a native app: no client secret, so PKCE
                    .redirectUri(SandboxConfig.DEMO_REDIRECT_URI) // http://127.0.0.1/callback, any port
                    .scopes("readwrite:core", "offline_access") // offline_access: a refresh token
                    .identityServer(sandbox.identityUrl())
                    .allowInsecureLoopback() // the sandbox speaks plain http on 127.0.0.1
                    .tokenStore(tokens)
                    .connection("sandbox")
                    .refreshSkew(REFRESH_SKEW)
                    .clock(clock)
                    .build();

            out.println("corekit quick start, against the embedded sandbox (a local emulator of CORE)");
            out.println("   identity server     " + sandbox.identityUrl());
            out.println("   company endpoint    " + sandbox.endpoint(COMPANY));
            out.println("   app                 " + SandboxConfig.DEMO_NATIVE_CLIENT_ID
                    + " (a native app: no client secret, PKCE)");
            out.println("   token file          " + tokens.file(client.connection()));
            out.println("   sandbox state       " + stateFile.toAbsolutePath().normalize()
                    + " (its tokens and data, for the next run)");
            if (!settings.later().isZero()) {
                out.println("   running as if       " + describe(settings.later()) + " had passed (quickstart.later)");
            }
            DemoData.seed(sandbox, COMPANY, clock).ifPresent(seeded -> out.println("   seeded the sandbox  " + seeded));

            session(
                    client,
                    tokens,
                    clock,
                    () -> login.withSandbox(client),
                    stored -> sandbox.endpoint(COMPANY).equals(stored.endpoint()),
                    true,
                    STREAM_LIMIT);

            out.println();
            out.println("Run the same command again: it reuses the stored token (no login) and refreshes it when it"
                    + " is due; the sandbox's tokens last " + describe(SANDBOX_TOKEN_LIFETIME) + ", and");
            out.println("-Dquickstart.later=PT5M runs as if 5 minutes had passed. To run against CORE itself, set"
                    + " CORE_CLIENT_ID, CORE_REDIRECT_URI and, for a web app, CORE_CLIENT_SECRET.");
        }
    }

    /**
     * The sandbox, with its state (port, tokens, data) kept in {@code stateFile} between runs, approving the demo user
     * for {@link #COMPANY} without showing the login and consent pages.
     */
    private CoreSandbox startSandbox(Path stateFile) {
        CoreSandbox.Builder builder = CoreSandbox.builder()
                .stateFile(stateFile)
                .configure(c ->
                        c.autoApprove(SandboxConfig.DEMO_LOGIN, COMPANY).accessTokenLifetime(SANDBOX_TOKEN_LIFETIME));
        try {
            return builder.start();
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // The last run's port is taken, or its state unreadable: start a new sandbox (the stored token, issued by
            // the old one, is then replaced by a new login).
            out.println("note: " + e.getMessage() + "; starting a new sandbox");
            try {
                Files.deleteIfExists(stateFile);
            } catch (IOException deleteFailed) {
                throw new UncheckedIOException(deleteFailed);
            }
            return builder.start();
        }
    }

    private void againstCore() {
        URI identity = settings.identityServer() == null
                ? CoreClient.DEFAULT_IDENTITY_SERVER
                : URI.create(settings.identityServer());
        FileTokenStore tokens = new FileTokenStore(settings.directory().resolve("tokens"));
        CoreClient.Builder builder = CoreClient.builder()
                .clientId(settings.clientId())
                .clientSecret(settings.clientSecret()) // null for a native app, which uses PKCE alone
                .redirectUri(settings.redirectUri())
                .scopes("readwrite:core", "offline_access")
                .identityServer(identity.toString())
                .tokenStore(tokens)
                .connection(connectionName(settings.clientId()))
                .refreshSkew(REFRESH_SKEW);
        if ("http".equalsIgnoreCase(identity.getScheme())) {
            // Only a loopback identity server (a standalone sandbox) may be plain http; build() refuses any other.
            builder.allowInsecureLoopback();
        }
        CoreClient client = builder.build();

        out.println("corekit quick start, against " + identity);
        out.println("   app                 " + settings.clientId()
                + (settings.clientSecret() == null
                        ? " (no client secret: a native app, PKCE)"
                        : " (client secret set, not shown: a web app; PKCE too)"));
        out.println("   redirect URI        " + settings.redirectUri());
        out.println("   token file          " + tokens.file(client.connection()));
        if (!settings.later().isZero()) {
            out.println("   (quickstart.later applies to the sandbox only; ignored)");
        }

        session(
                client,
                tokens,
                Clock.systemUTC(),
                () -> login.withCore(client, settings.redirectUri()),
                stored -> true,
                settings.writeToCore(),
                STREAM_LIMIT);
    }

    /** Logs in unless a token is stored, then runs the tour and prints the table. */
    private void session(
            CoreClient client,
            FileTokenStore store,
            Clock clock,
            Supplier<AuthorizationResult> logIn,
            Predicate<TokenSet> issuedHere,
            boolean writes,
            long streamLimit) {
        Path file = store.file(client.connection());
        out.println();
        out.println("1. Log in");
        Optional<TokenSet> stored = client.storedTokens();
        if (stored.isPresent() && !issuedHere.test(stored.get())) {
            out.println("   the token in " + file + " was issued by another sandbox: logging in again");
            client.forgetTokens();
            stored = Optional.empty();
        }
        if (stored.isPresent()) {
            out.println("   no login: reusing the token an earlier run stored in " + file);
            out.println("   access token        " + validity(stored.get(), clock));
        } else {
            loggedIn(logIn.get(), clock);
        }

        out.println();
        out.println("2. Call CORE through the generated clients");
        Tour tour = new Tour(new Core(client), out, table, clock);
        TokenSet before = client.storedTokens().orElseThrow();
        try {
            tour.listActivities(); // the first call: corekit refreshes the access token first when it is due
        } catch (ReauthorizationRequiredException e) {
            out.println("   " + e.getMessage() + ": logging in again");
            loggedIn(logIn.get(), clock);
            before = client.storedTokens().orElseThrow();
            tour.listActivities();
        }
        TokenSet after = client.storedTokens().orElseThrow();
        if (!after.accessToken().equals(before.accessToken())) {
            out.println("   refreshed the access token first (corekit does, when it is due): the old one "
                    + (before.expiresAt().isAfter(clock.instant()) ? "was to expire at " : "had expired at ")
                    + time(before.expiresAt()) + "; the new one is " + validity(after, clock));
            table.add("refreshed", "token", null, "access token due, refreshed with the stored refresh token");
        }
        if (writes) {
            tour.createUpdateDelete();
        } else {
            out.println("   skipped creating, updating and deleting: set CORE_QUICKSTART_WRITE=true to let the quick"
                    + " start make (and delete) an activity and a time entry in your company");
            table.add("skipped", "activity", null, "create, update, delete (CORE_QUICKSTART_WRITE is not true)");
        }
        tour.streamTimeEntries(streamLimit);

        out.println();
        out.println("3. What the quick start did");
        table.print(out);
    }

    private void loggedIn(AuthorizationResult result, Clock clock) {
        TokenSet tokens = result.tokens();
        out.println("   logged in           "
                + (result.companyId() == null ? "" : "company " + result.companyId() + ", ") + "scopes "
                + String.join(" ", tokens.scopes()));
        out.println("   API endpoint        " + tokens.endpoint() + " (from the token response)");
        out.println("   access token        " + validity(tokens, clock)
                + (tokens.refreshToken() == null ? "; no refresh token" : "; refresh token stored too"));
        table.add("logged in", "token", null, "authorization code + PKCE, tokens stored in the token file");
    }

    private static String validity(TokenSet tokens, Clock clock) {
        Instant now = clock.instant();
        Duration left = Duration.between(now, tokens.expiresAt());
        if (left.isNegative() || left.isZero()) {
            return "expired at " + time(tokens.expiresAt()) + ": due for a refresh";
        }
        return "valid until " + time(tokens.expiresAt()) + " (" + describe(left) + " left)"
                + (tokens.expiresWithin(REFRESH_SKEW, now)
                        ? ": due for a refresh, as less than " + describe(REFRESH_SKEW) + " is left"
                        : "");
    }

    private static String time(Instant instant) {
        return TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    private static String describe(Duration duration) {
        long seconds = duration.toSeconds();
        if (seconds >= 3600) {
            return (seconds / 3600) + " h " + (seconds % 3600 / 60) + " min";
        }
        if (seconds >= 60) {
            return (seconds / 60) + " min" + (seconds % 60 == 0 ? "" : " " + (seconds % 60) + " s");
        }
        return seconds + " s";
    }

    /** A token file name for a client id: the characters a connection name allows. */
    private static String connectionName(String clientId) {
        String name = "core-" + clientId.replaceAll("[^A-Za-z0-9._-]", "_");
        return name.length() > 128 ? name.substring(0, 128) : name;
    }
}
