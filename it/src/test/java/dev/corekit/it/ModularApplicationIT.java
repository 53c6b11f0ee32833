package dev.corekit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.TokenSet;
import dev.corekit.sandbox.CoreSandbox;
import dev.corekit.sandbox.SandboxConfig;
import dev.corekit.sandbox.idp.TokenRegistry;
import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A modular application, {@code module-info.java} with {@code requires dev.corekit.client;}, compiled with javac
 * against the built jars of corekit-client, corekit-runtime and their dependencies on the module path, and run on the
 * module path in a JVM of its own against the sandbox. Runs after {@code package}: the jars' manifests carry the module
 * names. corekit-client and corekit-runtime are automatic modules; feign-core, Jackson and the JDK's java.net.http are
 * modules that no module-info of corekit requires, so the application starts with {@code --add-modules
 * ALL-MODULE-PATH,java.net.http} and {@code --add-reads feign.core=dev.corekit.client}, as the README says. Its stored
 * access token is due, so its first call refreshes it at the sandbox's identity server (over java.net.http) before it
 * lists activities, once over OkHttp and once, with OkHttp's jars left out, over the JDK client. The
 * application declares no resource of its own.
 */
class ModularApplicationIT {
    private static final String COMPANY = "demo-company-a";

    /** corekit-client, corekit-runtime and their runtime dependencies, as copied by the build. */
    private static final Path MODULE_PATH = Path.of(System.getProperty("corekit.modulePath", "target/modular-lib"));

    private static final String MODULE_INFO = """
            module com.example.listing {
                requires dev.corekit.client;
            }
            """;

    private static final String MAIN = """
            package com.example.listing;

            import dev.corekit.client.Activity;
            import dev.corekit.client.ActivityApi;
            import dev.corekit.runtime.CoreClient;
            import dev.corekit.runtime.CoreQuery;
            import dev.corekit.runtime.token.FileTokenStore;
            import java.nio.file.Path;

            public final class ListActivities {
                public static void main(String[] args) {
                    CoreClient client = CoreClient.builder()
                            .clientId(args[0])
                            .clientSecret(args[1])
                            .redirectUri(args[2])
                            .scopes("readwrite:core", "offline_access")
                            .identityServer(args[3])
                            .allowInsecureLoopback()
                            .tokenStore(new FileTokenStore(Path.of(args[4])))
                            .build();
                    for (Activity activity : client.api(ActivityApi.class).list(CoreQuery.all())) {
                        System.out.println("activity " + activity.code());
                    }
                    System.out.println("module " + CoreClient.class.getModule().getName());
                }
            }
            """;

    @TempDir
    static Path work;

    @BeforeAll
    static void modulePathExists() {
        assertThat(MODULE_PATH)
                .as("the module path the build copies before integration-test")
                .isDirectory();
    }

    @Test
    void corekitsJarsCarryStableModuleNames() throws IOException {
        Map<String, String> names = new TreeMap<>();
        for (Path jar : jars()) {
            String file = jar.getFileName().toString();
            if (file.startsWith("corekit-")) {
                ModuleDescriptor descriptor =
                        ModuleFinder.of(jar).findAll().iterator().next().descriptor();
                names.put(
                        file.substring(0, file.indexOf("-0") > 0 ? file.indexOf("-0") : file.length()),
                        descriptor.name() + (descriptor.isAutomatic() ? " (automatic)" : ""));
            }
        }

        for (String artifact : List.of("jdbc", "processor")) {
            Path jar = Path.of(
                    System.getProperty("corekit." + artifact + "Jar", "../" + artifact + "/target/missing.jar"));
            assertThat(jar).as("corekit-" + artifact + "'s built jar").isRegularFile();
            ModuleDescriptor descriptor =
                    ModuleFinder.of(jar).findAll().iterator().next().descriptor();
            names.put("corekit-" + artifact, descriptor.name() + (descriptor.isAutomatic() ? " (automatic)" : ""));
        }

        assertThat(names)
                .containsEntry("corekit-client", "dev.corekit.client (automatic)")
                .containsEntry("corekit-runtime", "dev.corekit.runtime (automatic)")
                .containsEntry("corekit-jdbc", "dev.corekit.jdbc (automatic)")
                .containsEntry("corekit-processor", "dev.corekit.processor (automatic)");
    }

    @Test
    void aModularApplicationCompilesAndListsActivitiesOnTheModulePath() throws Exception {
        runsAndRefreshes("with-okhttp", MODULE_PATH.toString(), "okhttp/");
    }

    /** With OkHttp's three jars left out, as the README allows, the same application calls CORE with the JDK client. */
    @Test
    void withoutOkHttpTheApplicationUsesTheJdkClient() throws Exception {
        Path lib = Files.createDirectories(work.resolve("lib-without-okhttp"));
        for (Path jar : jars()) {
            String file = jar.getFileName().toString();
            if (!file.startsWith("okhttp-") && !file.startsWith("okio-") && !file.startsWith("kotlin-stdlib-")) {
                Files.copy(jar, lib.resolve(file));
            }
        }
        assertThat(lib.resolve(jar("okhttp").getFileName())).doesNotExist();

        runsAndRefreshes("without-okhttp", lib.toString(), "Java-http-client/");
    }

    private static void runsAndRefreshes(String name, String modulePath, String apiClient) throws Exception {
        Path src = write(work.resolve(name + "-src"), "com/example/listing/ListActivities.java", MAIN);
        Path out = work.resolve(name + "-classes");

        List<Diagnostic<? extends JavaFileObject>> errors = compile(src, out);

        assertThat(errors).isEmpty();
        try (CoreSandbox sandbox = CoreSandbox.start()) {
            sandbox.api()
                    .company(COMPANY)
                    .put(
                            "activity",
                            JsonNodeFactory.instance
                                    .objectNode()
                                    .put("code", "MODULAR")
                                    .put("description", "Listed by a modular application")
                                    .put("billRate", 100));
            Path tokens = work.resolve(name + "-tokens");
            storeTokens(sandbox, tokens);

            Process app = new ProcessBuilder(List.of(
                            Path.of(System.getProperty("java.home"), "bin", "java")
                                    .toString(),
                            "--module-path",
                            modulePath + java.io.File.pathSeparator + out,
                            // corekit's jars are automatic modules, which declare no requires: the named modules
                            // they need (feign.core, Jackson, kotlin.stdlib, and the JDK's java.net.http for the
                            // identity server and the JDK client) are resolved only when added.
                            "--add-modules",
                            "ALL-MODULE-PATH,java.net.http",
                            // Feign builds the clients' default methods with a private lookup in their interface's
                            // module, which the named module feign.core must read.
                            "--add-reads",
                            "feign.core=dev.corekit.client",
                            "--module",
                            "com.example.listing/com.example.listing.ListActivities",
                            SandboxConfig.DEMO_CLIENT_ID,
                            SandboxConfig.DEMO_CLIENT_SECRET,
                            SandboxConfig.DEMO_REDIRECT_URI,
                            sandbox.identityUrl(),
                            tokens.toString()))
                    .redirectErrorStream(true)
                    .start();
            String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(app.waitFor(2, TimeUnit.MINUTES)).isTrue();

            assertThat(app.exitValue()).as(output).isZero();
            assertThat(output).contains("activity MODULAR", "module dev.corekit.runtime");
            assertThat(sandbox.journal()
                            .filter(entry -> entry.path().endsWith("/connect/token")
                                    && entry.body().contains("grant_type=refresh_token")))
                    .as("the application refreshed its due access token")
                    .hasSize(1);
            assertThat(sandbox.journal().filter(entry -> entry.path().contains("/api/")))
                    .as("the API calls' client")
                    .isNotEmpty()
                    .allSatisfy(entry -> assertThat(entry.header("User-Agent")).startsWith(apiClient));
        }
    }

    /**
     * corekit-runtime is an automatic module (its dependency feign-core has no module name, see the README), and an automatic module exports every package: JPMS does not hide {@code dev.corekit.runtime.internal}.
     * What holds instead: the package is documented as internal, and no API signature mentions it (a test of
     * corekit-runtime guards that), so an application never needs it.
     */
    @Test
    void anAutomaticModuleExportsItsInternalPackagesToo() throws IOException {
        ModuleDescriptor runtime = ModuleFinder.of(jar("corekit-runtime"))
                .findAll()
                .iterator()
                .next()
                .descriptor();

        assertThat(runtime.isAutomatic()).isTrue();
        assertThat(runtime.packages())
                .contains(
                        "dev.corekit.runtime",
                        "dev.corekit.runtime.internal.token",
                        "dev.corekit.runtime.internal.http",
                        "dev.corekit.runtime.generated");
        Path src = write(work.resolve("internal-src"), "com/example/listing/UsesInternals.java", """
                package com.example.listing;

                public final class UsesInternals {
                    static final Class<?> MANAGER = dev.corekit.runtime.internal.token.TokenManager.class;
                }
                """);
        assertThat(compile(src, work.resolve("internal-classes"))).isEmpty();
    }

    private static List<Diagnostic<? extends JavaFileObject>> compile(Path src, Path out) throws IOException {
        Files.writeString(src.resolve("module-info.java"), MODULE_INFO);
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
                Stream<Path> sources = Files.walk(src)) {
            List<Path> java =
                    sources.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
            List<String> options = List.of("--module-path", MODULE_PATH.toString(), "-d", out.toString());
            javac.getTask(null, files, diagnostics, options, null, files.getJavaFileObjectsFromPaths(java))
                    .call();
        }
        List<Diagnostic<? extends JavaFileObject>> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
            if (d.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(d);
            }
        }
        return errors;
    }

    private static void storeTokens(CoreSandbox sandbox, Path directory) {
        TokenRegistry.Issued issued = sandbox.tokens()
                .issue(
                        SandboxConfig.DEMO_CLIENT_ID,
                        SandboxConfig.DEMO_LOGIN,
                        COMPANY,
                        Set.of("readwrite:core", "offline_access"),
                        sandbox.tokens().newFamily(),
                        sandbox.clock().instant(),
                        Duration.ofHours(1),
                        Duration.ofDays(30));
        // Stored as due: the application's first call refreshes at the identity server, through java.net.http.
        java.time.Instant now = java.time.Instant.now();
        new FileTokenStore(directory)
                .save(
                        "default",
                        new TokenSet(
                                issued.accessToken(),
                                issued.refreshToken(),
                                "Bearer",
                                now.minus(Duration.ofHours(2)),
                                now.minus(Duration.ofHours(1)),
                                Set.of("readwrite:core", "offline_access"),
                                sandbox.endpoint(COMPANY),
                                null));
    }

    private static Path write(Path root, String file, String text) throws IOException {
        Path path = root.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
        return root;
    }

    private static List<Path> jars() throws IOException {
        try (Stream<Path> files = Files.list(MODULE_PATH)) {
            return files.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
    }

    private static Path jar(String artifact) throws IOException {
        return jars().stream()
                .filter(p -> p.getFileName().toString().startsWith(artifact + "-"))
                .findFirst()
                .orElseThrow(() -> new AssertionError(artifact + " is not in " + MODULE_PATH));
    }
}
