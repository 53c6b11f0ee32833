package dev.corekit.bench;

import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Many connections in one JVM: for each set-up ({@link ConnectionSetup}), in a fresh JVM of its own, opens N
 * connections (10,000 by default) against the embedded sandbox, logs each in through the sandbox's login, makes one
 * call on each through the generated catalogue, and measures with them idle: threads started, heap per idle
 * connection, open files and TCP connections, logins and calls per second. Prints a Markdown table.
 *
 * <p>The sandbox runs in this JVM, the connections in the children, so that neither's threads or heap count as the
 * other's. Run it with {@code ./mvnw -q -Pbench -pl bench -am package -DskipTests} (options: {@code
 * -Dbench.connections=N -Dbench.setups=a,b}), or directly with {@code --connections=N --setups=a,b --workers=N
 * --child-heap=8g --histogram --report=DIR}.
 */
public final class ConnectionsBench {
    /** The company every connection logs in to: the sandbox auto-approves the demo user for it. */
    static final String COMPANY = "demo-company-a";

    private ConnectionsBench() {}

    public static void main(String[] args) {
        BenchOptions options;
        try {
            options = BenchOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("ConnectionsBench: " + e.getMessage());
            System.exit(2);
            return;
        }
        List<ConnectionFigures> figures = run(options, System.out);
        FiguresTable.print(figures, System.out);
    }

    /** Runs every set-up of {@code options}, one child JVM each, against one sandbox; returns their figures. */
    static List<ConnectionFigures> run(BenchOptions options, PrintStream out) {
        try {
            Files.createDirectories(options.reportDirectory());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<ConnectionFigures> figures = new ArrayList<>();
        try (CoreSandbox sandbox = CoreSandbox.builder()
                .configure(c -> c.autoApprove(SandboxConfig.DEMO_LOGIN, COMPANY))
                .start()) {
            out.printf(
                    Locale.ROOT,
                    "corekit ConnectionsBench: %,d connections per set-up, %d workers, sandbox at %s, %d cores%n",
                    options.connections(),
                    options.workers(),
                    sandbox.baseUrl(),
                    Runtime.getRuntime().availableProcessors());
            for (ConnectionSetup setup : options.setups()) {
                out.println("set-up (" + setup.key() + ") " + setup.title() + ", in a JVM of its own");
                figures.add(ChildJvm.run(
                        setup,
                        options,
                        sandbox.identityUrl(),
                        sandbox.port(),
                        options.reportDirectory().resolve("connections-" + setup.key() + ".properties"),
                        out));
            }
        }
        return figures;
    }
}
