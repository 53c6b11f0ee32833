package dev.corekit.it.surface;

import static org.assertj.core.api.Assertions.assertThat;

import dev.corekit.jdbc.JdbcStores;
import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * corekit-jdbc's public surface, read from its compiled classes: no public or protected signature mentions an internal
 * type (of corekit-jdbc or corekit-runtime), and the public types are those listed in {@code jdbc-public-types.txt}, so
 * that a change of the surface is a deliberate edit of that list.
 */
class JdbcSurfaceTest {
    static final String API = "dev.corekit.jdbc";

    private final PublicSurface surface = PublicSurface.of(JdbcStores.class);

    @Test
    void noPublicSignatureMentionsAnInternalType() {
        assertThat(surface.mentions(
                        API,
                        name -> name.startsWith("dev.corekit.jdbc.internal.")
                                || name.startsWith("dev.corekit.runtime.internal.")))
                .as("public signatures that mention internal types")
                .isEmpty();
    }

    @Test
    void thePublicTypesAreTheListedOnes() throws IOException {
        Set<String> actual = surface.publicTypes(API);

        assertThat(actual)
                .as("public types of corekit-jdbc; a deliberate change of the surface edits jdbc-public-types.txt to:\n"
                        + String.join("\n", actual) + "\n")
                .isEqualTo(listed());
    }

    @Test
    void everyOtherPackageIsInternal() {
        Set<String> unclassified = new TreeSet<>();
        for (String pkg : surface.packagesUnder("dev.corekit")) {
            if (!pkg.equals(API) && !pkg.startsWith("dev.corekit.jdbc.internal")) {
                unclassified.add(pkg);
            }
        }

        assertThat(unclassified).as("packages neither API nor internal").isEmpty();
    }

    private static Set<String> listed() {
        return PublicSurface.listed("jdbc-public-types.txt");
    }
}
