/**
 * corekit's sandbox: a local, stateful emulator of BQE CORE (its identity server and a per-company API) for tests and
 * for trying a client without CORE.
 *
 * <p>Start it with {@link dev.corekit.sandbox.CoreSandbox#start()}, from JUnit 5 with
 * {@link dev.corekit.sandbox.junit.CoreSandboxExtension}, or standalone with {@code java -jar} or
 * {@code java -m dev.corekit.sandbox/dev.corekit.sandbox.Main}. Exported are the entry point and its configuration,
 * the JUnit extension, faults and the journal, and the two packages whose stores the sandbox hands to tests: the
 * identity server's tokens ({@code CoreSandbox.tokens()}) and the companies' data ({@code CoreSandbox.api()}).
 * Their endpoints are not public; the admin API and the HTTP plumbing are not exported.
 */
module dev.corekit.sandbox {
    requires transitive com.fasterxml.jackson.databind;
    requires transitive jdk.httpserver;
    requires java.net.http;
    // Only the JUnit extension needs JUnit, and whoever uses it has JUnit; the standalone sandbox runs without it.
    requires static transitive org.junit.jupiter.api;

    exports dev.corekit.sandbox;
    exports dev.corekit.sandbox.api;
    exports dev.corekit.sandbox.faults;
    exports dev.corekit.sandbox.idp;
    exports dev.corekit.sandbox.journal;
    exports dev.corekit.sandbox.junit;
}
