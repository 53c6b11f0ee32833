package dev.corekit.runtime.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileTokenStoreTest {
    @TempDir
    Path temp;

    private static TokenSet tokens(String access, String refresh) {
        Instant now = Instant.parse("2026-03-01T10:00:00Z");
        return new TokenSet(
                access,
                refresh,
                "Bearer",
                now,
                now.plusSeconds(3600),
                Set.of("readwrite:core", "offline_access"),
                "https://api.bqecore.com/api",
                "id-" + access);
    }

    private static String permissions(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    @Test
    void savedTokensLoadBackEqual() {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        TokenSet saved = tokens("access-1", "refresh-1");

        store.save("acme", saved);

        assertThat(store.load("acme")).contains(saved);
        // A second store on the same directory (a later run) reads them too.
        assertThat(new FileTokenStore(temp.resolve("tokens")).load("acme")).contains(saved);
    }

    @Test
    void anUnknownConnectionHasNoTokens() {
        assertThat(new FileTokenStore(temp.resolve("tokens")).load("acme")).isEmpty();
    }

    @Test
    void connectionsAreIndependent() {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        TokenSet acme = tokens("acme-access", "acme-refresh");
        TokenSet globex = tokens("globex-access", "globex-refresh");

        store.save("acme", acme);
        store.save("globex", globex);
        assertThat(store.load("acme")).contains(acme);
        assertThat(store.load("globex")).contains(globex);

        TokenSet acme2 = tokens("acme-access-2", "acme-refresh-2");
        store.save("acme", acme2);
        assertThat(store.load("acme")).contains(acme2);
        assertThat(store.load("globex")).contains(globex);

        store.delete("acme");
        assertThat(store.load("acme")).isEmpty();
        assertThat(store.load("globex")).contains(globex);
    }

    @Test
    void theDirectoryIs0700AndTheFile0600() throws IOException {
        Path directory = temp.resolve("nested/deeper/tokens");
        FileTokenStore store = new FileTokenStore(directory);

        store.save("acme", tokens("a", "r"));

        assertThat(permissions(directory)).isEqualTo("rwx------");
        assertThat(permissions(store.file("acme"))).isEqualTo("rw-------");
        assertThat(store.file("acme")).isEqualTo(directory.resolve("acme.json"));
    }

    @Test
    void anExistingOpenDirectoryIsTightenedTo0700() throws IOException {
        Path directory = Files.createDirectory(temp.resolve("tokens"));
        Files.setPosixFilePermissions(directory, PosixFilePermissions.fromString("rwxrwxrwx"));

        new FileTokenStore(directory).save("acme", tokens("a", "r"));

        assertThat(permissions(directory)).isEqualTo("rwx------");
    }

    @Test
    void aWorldReadableTokenFileIsReplacedBy0600One() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        Path file = store.file("acme");
        Files.writeString(file, "{}");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        store.save("acme", tokens("a", "r"));

        assertThat(permissions(file)).isEqualTo("rw-------");
        assertThat(store.load("acme").orElseThrow().accessToken()).isEqualTo("a");
    }

    @Test
    void aSymlinkedDirectoryIsRefusedAndItsTargetUntouched() throws IOException {
        Path target = Files.createDirectory(temp.resolve("elsewhere"));
        Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path link = Files.createSymbolicLink(temp.resolve("tokens"), target);

        assertThatThrownBy(() -> new FileTokenStore(link))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("symbolic link");

        assertThat(names(target)).isEmpty();
        assertThat(permissions(target)).isEqualTo("rwxr-xr-x");
    }

    @Test
    void aDirectorySwappedForASymlinkAfterBuildIsRefusedOnEverySaveLoadAndDelete() throws IOException {
        Path directory = temp.resolve("tokens");
        FileTokenStore store = new FileTokenStore(directory);
        store.save("acme", tokens("CANARY-OLD-A", "CANARY-OLD-R"));
        Path target = Files.createDirectory(temp.resolve("elsewhere"));
        Files.writeString(target.resolve("acme.json"), "the attacker's copy");
        Files.move(directory, temp.resolve("moved-away"));
        Files.createSymbolicLink(directory, target);

        assertThatThrownBy(() -> store.save("acme", tokens("CANARY-NEW-A", "CANARY-NEW-R")))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.load("acme"))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.delete("acme"))
                .isInstanceOf(CoreConfigurationException.class)
                .hasMessageContaining("symbolic link");

        assertThat(names(target)).containsExactly("acme.json");
        assertThat(Files.readString(target.resolve("acme.json"))).isEqualTo("the attacker's copy");
        assertThat(names(temp.resolve("moved-away"))).containsExactly("acme.json");
    }

    @Test
    void aDirectoryRemovedAfterBuildIsATypedErrorAndNothingIsCreated() throws IOException {
        Path directory = temp.resolve("tokens");
        FileTokenStore store = new FileTokenStore(directory);
        Files.delete(directory);

        assertThatThrownBy(() -> store.save("acme", tokens("a", "r")))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining(directory.toString());
        assertThat(directory).doesNotExist();
    }

    @Test
    void aPlainFileWhereTheDirectoryShouldBeIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("tokens"), "not a directory");

        assertThatThrownBy(() -> new FileTokenStore(file)).isInstanceOf(CoreConfigurationException.class);
        assertThat(Files.readString(file)).isEqualTo("not a directory");
    }

    @Test
    void aSymlinkedTokenFileIsRefusedAndItsTargetUntouched() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        Path victim = Files.writeString(temp.resolve("victim.txt"), "precious content");
        Files.setPosixFilePermissions(victim, PosixFilePermissions.fromString("rw-r--r--"));
        Path link = Files.createSymbolicLink(store.file("acme"), victim);

        assertThatThrownBy(() -> store.save("acme", tokens("CANARY-A", "CANARY-R")))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.load("acme"))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.delete("acme"))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("symbolic link");

        assertThat(Files.readString(victim)).isEqualTo("precious content");
        assertThat(permissions(victim)).isEqualTo("rw-r--r--");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        // Nothing holding the tokens was left in the directory either.
        assertThat(names(store.directory())).containsExactly("acme.json");
    }

    @Test
    void updateWritesWhatItReturnsUnderAPrivateEmptyLockFileLeftBehind() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        store.save("acme", tokens("access-1", "refresh-1"));

        Optional<TokenSet> result = store.update("acme", stored -> {
            assertThat(stored).get().extracting(TokenSet::accessToken).isEqualTo("access-1");
            return Optional.of(tokens("access-2", "refresh-2"));
        });

        assertThat(result).contains(tokens("access-2", "refresh-2"));
        assertThat(store.load("acme")).contains(tokens("access-2", "refresh-2"));
        Path lockFile = store.directory().resolve(".acme.lock");
        assertThat(names(store.directory())).containsExactly(".acme.lock", "acme.json");
        assertThat(permissions(lockFile)).isEqualTo("rw-------");
        assertThat(Files.size(lockFile)).isZero();
    }

    @Test
    void anUpdateThatThrowsLeavesTheTokensAndReleasesTheLock() {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        store.save("acme", tokens("access-1", "refresh-1"));

        assertThatThrownBy(() -> store.update("acme", stored -> {
                    throw new IllegalStateException("refused");
                }))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("refused");

        assertThat(store.load("acme")).contains(tokens("access-1", "refresh-1"));
        // Another store on the directory takes the lock at once: the failed update released it.
        assertThat(new FileTokenStore(temp.resolve("tokens")).update("acme", stored -> Optional.empty()))
                .isEmpty();
        assertThat(store.load("acme")).isEmpty();
    }

    @Test
    void aSymlinkedLockFileIsRefusedBeforeTheUpdateRuns() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        store.save("acme", tokens("access-1", "refresh-1"));
        Path victim = Files.writeString(temp.resolve("victim.txt"), "precious content");
        Path link = Files.createSymbolicLink(store.directory().resolve(".acme.lock"), victim);
        Path dangling = Files.createSymbolicLink(store.directory().resolve(".other.lock"), temp.resolve("absent"));
        List<Optional<TokenSet>> seen = new ArrayList<>();

        assertThatThrownBy(() -> store.update("acme", stored -> {
                    seen.add(stored);
                    return Optional.empty();
                }))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store.update("other", stored -> {
                    seen.add(stored);
                    return Optional.empty();
                }))
                .isInstanceOf(CoreException.class)
                .hasMessageContaining("symbolic link");

        assertThat(seen).isEmpty();
        assertThat(store.load("acme")).contains(tokens("access-1", "refresh-1"));
        assertThat(Files.readString(victim)).isEqualTo("precious content");
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(dangling)).isTrue();
        assertThat(temp.resolve("absent")).doesNotExist();
    }

    @Test
    void aDanglingSymlinkedTokenFileIsRefusedAndNothingIsCreatedAtItsTarget() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        Path target = temp.resolve("would-be-created.json");
        Files.createSymbolicLink(store.file("acme"), target);

        assertThatThrownBy(() -> store.save("acme", tokens("a", "r"))).isInstanceOf(CoreException.class);

        assertThat(target).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "../escape",
                "..",
                ".hidden",
                "a/b",
                "a\\b",
                "with space",
                "tab\tname",
                "new\nline",
                "-leading-dash",
                "caf\u00e9",
                "x123456789012345678901234567890123456789012345678901234567890123456789012345678901234567890"
                        + "12345678901234567890123456789012345678"
            })
    void invalidConnectionNamesAreRefused(String connection) throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));

        assertThatThrownBy(() -> store.save(connection, tokens("a", "r")))
                .isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> store.load(connection)).isInstanceOf(CoreConfigurationException.class);
        assertThatThrownBy(() -> store.delete(connection)).isInstanceOf(CoreConfigurationException.class);

        assertThat(names(temp)).containsExactly("tokens");
        assertThat(names(store.directory())).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "tenant-42", "Acme.Prod_1", "0"})
    void validConnectionNamesWork(String connection) {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        TokenSet saved = tokens("a-" + connection, "r");

        store.save(connection, saved);

        assertThat(store.load(connection)).contains(saved);
    }

    @Test
    void aConnectionNameOf128CharactersIsAccepted() {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        String connection = "c".repeat(128);

        store.save(connection, tokens("a", "r"));

        assertThat(store.load(connection)).isPresent();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"access_token\":\"CANARY-ACCESS-e1\",\"refresh_token\":\"CANARY-REFRESH-e2",
                "CANARY-NOT-JSON-AT-ALL",
                "[\"CANARY-IN-AN-ARRAY\"]",
                "\"CANARY-A-STRING\"",
                "{\"refresh_token\":\"CANARY-REFRESH-ONLY\"}",
                "{\"access_token\":\"CANARY-A\",\"received_at\":\"CANARY-DATE\",\"expires_at\":\"2026-01-01T00:00:00Z\"}",
                ""
            })
    void aCorruptFileIsACoreExceptionThatDoesNotQuoteIt(String content) throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        Files.writeString(store.file("acme"), content);

        assertThatThrownBy(() -> store.load("acme"))
                .isInstanceOf(CoreException.class)
                .hasMessageNotContaining("CANARY")
                .satisfies(e -> {
                    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                        assertThat(String.valueOf(cause.getMessage())).doesNotContain("CANARY");
                    }
                });
    }

    @Test
    void aCorruptFileIsRepairedByTheNextSave() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        Files.writeString(store.file("acme"), "{broken");
        TokenSet saved = tokens("a", "r");

        store.save("acme", saved);

        assertThat(store.load("acme")).contains(saved);
    }

    @Test
    void noTemporaryFileIsLeftBehindAfterSaving() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));

        for (int i = 0; i < 25; i++) {
            store.save("acme", tokens("access-" + i, "refresh-" + i));
        }
        store.save("globex", tokens("g", "g"));

        assertThat(names(store.directory())).containsExactly("acme.json", "globex.json");
        assertThat(store.load("acme").orElseThrow().accessToken()).isEqualTo("access-24");
    }

    @Test
    void concurrentSavesLeaveOneCompleteSetAndNoTemporaryFile() throws Exception {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<TokenSet> written = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int t = 0; t < 8; t++) {
                for (int i = 0; i < 10; i++) {
                    TokenSet set = tokens("access-" + t + "-" + i + "-" + "x".repeat(4096), "refresh-" + t + "-" + i);
                    written.add(set);
                    futures.add(pool.submit(() -> store.save("acme", set)));
                }
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(written).contains(store.load("acme").orElseThrow());
        assertThat(names(store.directory())).containsExactly("acme.json");
    }

    @Test
    void deleteRemovesTheFileAndIsQuietWhenThereIsNone() {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        store.save("acme", tokens("a", "r"));

        store.delete("acme");
        store.delete("acme");

        assertThat(store.file("acme")).doesNotExist();
        assertThat(store.load("acme")).isEmpty();
    }

    @Test
    void theFileHoldsJsonAndToStringNoToken() throws IOException {
        FileTokenStore store = new FileTokenStore(temp.resolve("tokens"));
        store.save("acme", tokens("CANARY-ACCESS", "CANARY-REFRESH"));

        String content = Files.readString(store.file("acme"), StandardCharsets.UTF_8);

        assertThat(content).startsWith("{").contains("\"access_token\":\"CANARY-ACCESS\"");
        assertThat(store.toString()).doesNotContain("CANARY");
    }
}
