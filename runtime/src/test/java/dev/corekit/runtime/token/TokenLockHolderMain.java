package dev.corekit.runtime.token;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * Run in a separate JVM by {@link FileTokenStoreLockTest}: enters {@link FileTokenStore#update} for a connection,
 * prints {@code locked} while it holds the lock, reads an access token from its input, stores tokens with that access
 * token, and prints {@code released} once the update returned.
 *
 * <p>Arguments: the directory, the connection.
 */
public final class TokenLockHolderMain {
    private TokenLockHolderMain() {}

    public static void main(String[] args) {
        FileTokenStore store = new FileTokenStore(Path.of(args[0]));
        BufferedReader input = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        store.update(args[1], stored -> {
            System.out.println("locked");
            System.out.flush();
            return Optional.of(tokens(readLine(input)));
        });
        System.out.println("released");
        System.out.flush();
    }

    private static String readLine(BufferedReader input) {
        try {
            return input.readLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static TokenSet tokens(String access) {
        Instant received = Instant.parse("2026-03-01T10:00:00Z");
        return new TokenSet(
                access, "refresh-of-" + access, "Bearer", received, received.plusSeconds(3600), Set.of(), null, null);
    }
}
