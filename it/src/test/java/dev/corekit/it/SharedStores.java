package dev.corekit.it;

import dev.corekit.runtime.token.FileTokenStore;
import dev.corekit.runtime.token.TokenStore;
import java.nio.file.Path;
import java.util.List;

/** The token stores that several JVMs share, named on a command line as a kind and a location. */
final class SharedStores {
    static final String FILE = "file";
    static final String JDBC = "jdbc";

    private SharedStores() {}

    static List<String> file(Path directory) {
        return List.of(FILE, directory.toString());
    }

    static List<String> jdbc(String url) {
        return List.of(JDBC, url);
    }

    static TokenStore open(String kind, String location) {
        if (kind.equals(FILE)) {
            return new FileTokenStore(Path.of(location));
        }
        if (kind.equals(JDBC)) {
            return Database.stores(location).tokenStore();
        }
        throw new IllegalArgumentException("unknown store kind: " + kind);
    }
}
