package dev.corekit.sandbox;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The standalone sandbox: {@code java -jar corekit-sandbox-VERSION.jar [--port N] [--config file.json] [--no-admin]}.
 * Prints where it listens and the demo credentials, then serves until stopped. The admin API ({@code {base}/__admin})
 * is on unless {@code --no-admin}.
 */
public final class Main {
    private Main() {}

    /**
     * Runs the sandbox until the JVM stops; {@code --help} lists the options.
     *
     * @param args the command line
     * @throws InterruptedException when the JVM is interrupted while serving
     */
    public static void main(String[] args) throws InterruptedException {
        CoreSandbox sandbox;
        try {
            sandbox = start(args);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("corekit-sandbox: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        if (sandbox == null) {
            System.out.println(USAGE);
            return;
        }
        printBanner(sandbox, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            sandbox.close();
                            stopped.countDown();
                        },
                        "corekit-sandbox-stop"));
        stopped.await();
    }

    static final String USAGE = "usage: java -jar corekit-sandbox.jar [--port N] [--config file.json] [--no-admin]";

    /** Parses the arguments and starts the sandbox; {@code null} for {@code --help}. */
    static CoreSandbox start(String[] args) throws IOException {
        CoreSandbox.Builder builder = CoreSandbox.builder().port(8089).adminApi(true);
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--help":
                case "-h":
                    return null;
                case "--no-admin":
                    builder.adminApi(false);
                    break;
                case "--port":
                    String port = value(args, ++i, "--port");
                    try {
                        builder.port(Integer.parseInt(port));
                    } catch (NumberFormatException e) {
                        throw new IllegalArgumentException("--port needs a number, got '" + port + "'");
                    }
                    break;
                case "--config":
                    Path file = Path.of(value(args, ++i, "--config"));
                    if (!Files.isRegularFile(file)) {
                        throw new IllegalArgumentException("--config file not found: " + file);
                    }
                    builder.config(SandboxConfig.fromJson(file));
                    break;
                default:
                    throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
            }
        }
        return builder.start();
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return args[index];
    }

    static void printBanner(CoreSandbox sandbox, PrintStream out) {
        SandboxConfig config = sandbox.config();
        out.println("corekit sandbox: a local emulator of BQE CORE");
        out.println("  base URL        " + sandbox.baseUrl());
        out.println("  identity server " + sandbox.identityUrl());
        out.println("  discovery       " + sandbox.identityUrl() + "/.well-known/openid-configuration");
        for (SandboxCompany company : config.companies().values()) {
            out.println("  API endpoint    " + sandbox.endpoint(company.id()) + "  (" + company.name() + ")");
        }
        SandboxApp web = config.app(SandboxConfig.DEMO_CLIENT_ID);
        if (web != null) {
            out.println("  demo web app    client id " + web.clientId() + ", client secret " + web.clientSecret()
                    + " (a published demo value)");
            out.println("                  redirect URI " + String.join(", ", web.redirectUris())
                    + " (any port on 127.0.0.1)");
        }
        SandboxApp nativeApp = config.app(SandboxConfig.DEMO_NATIVE_CLIENT_ID);
        if (nativeApp != null) {
            out.println("  demo native app client id " + nativeApp.clientId() + " (no secret; PKCE)");
        }
        SandboxUser user = config.user(SandboxConfig.DEMO_LOGIN);
        if (user != null) {
            out.println("  demo user       " + user.login() + " / password " + user.password());
        }
        if (sandbox.adminUrl() != null) {
            out.println("  admin API       " + sandbox.adminUrl() + "  (faults, clock, journal, data)");
        }
        if (config.rateLimitRequests() > 0) {
            out.println("  rate limit      " + config.rateLimitRequests() + " requests per "
                    + config.rateLimitWindow().toSeconds() + " s per access token");
        }
        if (config.autoApproveLogin() != null) {
            out.println("  auto-approve    as " + config.autoApproveLogin() + " for " + config.autoApproveCompany());
        }
        out.println("Stop with Ctrl+C.");
        out.flush();
    }
}
