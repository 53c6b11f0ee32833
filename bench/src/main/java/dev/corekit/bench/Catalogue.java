package dev.corekit.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the catalogue's declarations are: {@code generated-client/src/main/java} of this checkout. */
final class Catalogue {
    private Catalogue() {}

    /**
     * Looks up from the working directory (the bench module's, or the checkout's).
     *
     * @throws IllegalStateException when no parent directory holds {@code generated-client/src/main/java}
     */
    static Path declarations() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path declarations = dir.resolve("generated-client/src/main/java");
            if (Files.isDirectory(declarations)) {
                return declarations;
            }
        }
        throw new IllegalStateException(
                "no generated-client/src/main/java above " + Path.of("").toAbsolutePath());
    }
}
