package dev.corekit.runtime.token;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Set;

/**
 * Run in a separate JVM by {@link FileTokenStoreCrashTest}: saves large token sets to a {@link FileTokenStore} in a
 * tight loop until it is killed. Generation {@code n} is recognisable in every field, so a reader can tell a complete
 * set from a mix of two.
 *
 * <p>Arguments: the directory, the connection, the token size in characters.
 */
public final class TokenSaverMain {
    private TokenSaverMain() {}

    public static void main(String[] args) {
        FileTokenStore store = new FileTokenStore(Path.of(args[0]));
        String connection = args[1];
        int size = Integer.parseInt(args[2]);
        for (long generation = 0; ; generation++) {
            store.save(connection, generation(generation, size));
        }
    }

    /** The token set of {@code generation}, each token exactly {@code size} characters. */
    static TokenSet generation(long generation, int size) {
        Instant received = Instant.ofEpochSecond(1_700_000_000L + generation);
        return new TokenSet(
                token("A", generation, size),
                token("R", generation, size),
                "Bearer",
                received,
                received.plusSeconds(3600),
                Set.of("readwrite:core", "offline_access"),
                "https://api.bqecore.com/api/" + generation,
                token("I", generation, size));
    }

    static String token(String kind, long generation, int size) {
        String head = kind + generation + ":";
        StringBuilder token = new StringBuilder(size).append(head);
        char fill = (char) ('a' + (generation % 26));
        while (token.length() < size) {
            token.append(fill);
        }
        return token.toString();
    }
}
