package dev.corekit.it.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.runtime.CoreClient;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * corekit-runtime's public surface, read from its compiled classes: no public or protected signature of an API
 * package (or of {@code generated}, which users' generated code compiles against) mentions a type of
 * {@code dev.corekit.runtime.internal}, and the public types of the API packages are those listed in
 * {@code runtime-public-types.txt}, so that a change of the surface is a deliberate edit of that list.
 */
class RuntimeSurfaceTest {
    /** The packages users program against. */
    static final List<String> API = List.of(
            "dev.corekit.annotation",
            "dev.corekit.runtime",
            "dev.corekit.runtime.auth",
            "dev.corekit.runtime.error",
            "dev.corekit.runtime.metrics",
            "dev.corekit.runtime.micrometer",
            "dev.corekit.runtime.token");

    /** Exported for generated code, not API. */
    static final String GENERATED = "dev.corekit.runtime.generated";

    static final String INTERNAL = "dev.corekit.runtime.internal";

    private final PublicSurface surface = PublicSurface.of(CoreClient.class);

    @Test
    void noPublicSignatureOfAnApiOrTheGeneratedPackageMentionsAnInternalType() {
        Set<String> leaks = new TreeSet<>();
        for (String pkg : concat(API, List.of(GENERATED))) {
            leaks.addAll(surface.mentions(pkg, name -> name.startsWith(INTERNAL + ".")));
        }

        assertThat(leaks).as("public signatures that mention internal types").isEmpty();
    }

    @Test
    void noApiSignatureNeedsALibraryAnAppMayLeaveOut() {
        // OkHttp (with okio and Kotlin) can be excluded, Micrometer is optional: only the Micrometer binding names it.
        Set<String> found = new TreeSet<>();
        for (String pkg : concat(API, List.of(GENERATED))) {
            found.addAll(surface.mentions(
                    pkg,
                    name -> name.startsWith("okhttp3.")
                            || name.startsWith("okio.")
                            || name.startsWith("kotlin.")
                            || (name.startsWith("io.micrometer.") && !pkg.equals("dev.corekit.runtime.micrometer"))));
        }

        assertThat(found).as("public signatures that need an optional library").isEmpty();
    }

    @Test
    void thePublicTypesOfTheApiPackagesAreTheListedOnes() throws IOException {
        Set<String> actual = new TreeSet<>();
        for (String pkg : API) {
            actual.addAll(surface.publicTypes(pkg));
        }

        Set<String> listed = listed();
        assertThat(actual)
                .as(
                        "public types of the API packages; a deliberate change of the surface edits runtime-public-types.txt to:\n"
                                + String.join("\n", actual) + "\n")
                .isEqualTo(listed);
    }

    @Test
    void everyPackageIsApiGeneratedOrInternal() {
        Set<String> unclassified = new TreeSet<>();
        for (String pkg : surface.packagesUnder("dev.corekit")) {
            if (!API.contains(pkg) && !pkg.equals(GENERATED) && !pkg.startsWith(INTERNAL + ".")) {
                unclassified.add(pkg);
            }
        }

        assertThat(unclassified)
                .as("packages neither API (RuntimeSurfaceTest.API), generated, nor internal")
                .isEmpty();
    }

    @Test
    void theSurfaceCheckSeesALeak() {
        // The check itself: a public method of a test class that returns an internal type is found.
        PublicSurface own = PublicSurface.of(RuntimeSurfaceTest.class);

        assertThat(own.mentions("dev.corekit.it.surface", name -> name.startsWith(INTERNAL + ".")))
                .contains("dev.corekit.it.surface.LeakExample.manager(): "
                        + "dev.corekit.runtime.internal.token.TokenManager");
    }

    private static Set<String> listed() {
        return PublicSurface.listed("runtime-public-types.txt");
    }

    private static Set<String> concat(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return all;
    }
}
