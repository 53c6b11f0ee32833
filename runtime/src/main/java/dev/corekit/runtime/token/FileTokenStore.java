package dev.corekit.runtime.token;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Keeps each connection's tokens in a JSON file, {@code <directory>/<connection>.json}. The directory is created
 * {@code 0700} and each file {@code 0600} (on POSIX file systems); a file is written to a temporary file in the same
 * directory, forced to disk and then atomically renamed, so a crash leaves the old or the new file, never a broken
 * one. Symbolic links are refused, for the directory and for the files, so tokens cannot be redirected elsewhere:
 * checked on every load, save and delete, not only here, and where the platform allows it (Linux, macOS) the files are
 * reached through the directory opened once without following links, so a directory swapped for a link while a save
 * runs receives nothing.
 *
 * <p>{@link #update} excludes other processes that share the directory (and other stores of this process on it):
 * it holds an exclusive lock on {@code <directory>/.<connection>.lock} ({@link FileChannel#lock()}: {@code fcntl}
 * locks on Linux and macOS, which the operating system releases when a process dies), together with a lock of this
 * process for the whole directory, reads the file after taking them and writes it atomically before releasing them.
 * One thread of a process at a time holds or waits for a file lock of the directory: {@code fcntl} locks belong to
 * the process, so a thread holding one connection's lock while another waited for a second connection's lock would
 * make the system see a deadlock between two processes that wait for each other's connections, and refuse the lock
 * ({@code EDEADLK}). Refreshes of different connections of one process therefore take turns. The lock file is created
 * {@code 0600} without following links and stays empty; lock files are left behind on purpose and are harmless (a
 * lock file deleted while another process waits on it would let two processes lock two different files).
 */
public final class FileTokenStore implements TokenStore {
    private static final Pattern CONNECTION = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-------");

    private static final long STALE_TEMPORARY_MILLIS = 60_000;

    private final Path directory;
    /** The directory with every link of its parents resolved: what two stores on one directory agree on. */
    private final Path realDirectory;

    private final boolean posix;

    /**
     * A store in {@code directory}, created (with parents) if absent.
     *
     * @param directory the directory
     * @throws CoreConfigurationException when the directory is a symbolic link, not a directory, or cannot be
     *     created
     */
    public FileTokenStore(Path directory) {
        this.directory =
                Objects.requireNonNull(directory, "directory").toAbsolutePath().normalize();
        this.posix =
                this.directory.getFileSystem().supportedFileAttributeViews().contains("posix");
        prepareDirectory();
        try {
            this.realDirectory = this.directory.toRealPath();
        } catch (IOException e) {
            throw new CoreConfigurationException(
                    "tokenStore",
                    "cannot resolve the token directory " + directory + ": "
                            + e.getClass().getSimpleName());
        }
        removeStaleTemporaryFiles();
    }

    /**
     * Deletes temporary files a killed writer left behind (they hold tokens). Only old ones: a young one may belong to
     * a save under way in another process.
     */
    private void removeStaleTemporaryFiles() {
        long cutoff = System.currentTimeMillis() - STALE_TEMPORARY_MILLIS;
        try (var files = Files.newDirectoryStream(directory, ".*.tmp")) {
            for (Path file : files) {
                if (!Files.isSymbolicLink(file)
                        && Files.getLastModifiedTime(file, LinkOption.NOFOLLOW_LINKS)
                                        .toMillis()
                                < cutoff) {
                    Files.deleteIfExists(file);
                }
            }
        } catch (IOException e) {
            // Leftovers are harmless to correctness (0600, never read); the next start tries again.
        }
    }

    private void prepareDirectory() {
        if (Files.isSymbolicLink(directory)) {
            throw TokenDirectory.linkedDirectory(directory);
        }
        try {
            if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(directory.getParent());
                try {
                    Files.createDirectory(directory, directoryAttributes());
                } catch (FileAlreadyExistsException raced) {
                    // Another process created it; it is checked below like any existing directory.
                }
            }
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new CoreConfigurationException("tokenStore", directory + " is not a directory");
            }
            if (posix) {
                Files.setPosixFilePermissions(directory, DIRECTORY_PERMISSIONS);
            }
        } catch (IOException e) {
            throw new CoreConfigurationException(
                    "tokenStore",
                    "cannot prepare the token directory " + directory + ": "
                            + e.getClass().getSimpleName());
        }
    }

    /** {@return the directory the files live in} */
    public Path directory() {
        return directory;
    }

    /**
     * {@return the file of {@code connection}}
     *
     * @param connection the name the connection's tokens are stored under
     */
    public Path file(String connection) {
        Objects.requireNonNull(connection, "connection");
        if (!CONNECTION.matcher(connection).matches()) {
            throw new CoreConfigurationException(
                    "connection",
                    "'" + connection
                            + "' is not a valid connection name for a token file (letters, digits, '.', '_' and '-')");
        }
        return directory.resolve(connection + ".json");
    }

    @Override
    public Optional<TokenSet> load(String connection) {
        Path file = file(connection);
        Optional<byte[]> bytes;
        try (TokenDirectory tokens = TokenDirectory.open(directory)) {
            bytes = tokens.read(file.getFileName().toString());
        } catch (IOException e) {
            throw new CoreException(
                    "cannot read the token file " + file + ": " + e.getClass().getSimpleName());
        }
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        JsonNode json;
        try {
            json = JSON.readTree(bytes.get());
        } catch (IOException e) {
            // Never quote the content: it holds tokens.
            throw new CoreException("the token file " + file + " is not valid JSON");
        }
        if (json == null || !json.isObject()) {
            throw new CoreException("the token file " + file + " does not hold a JSON object");
        }
        return Optional.of(TokenSet.fromJson(json));
    }

    /**
     * {@inheritDoc}
     *
     * @throws CoreConfigurationException when the directory is (or became) a symbolic link or no directory: nothing
     *     is written then
     */
    @Override
    public void save(String connection, TokenSet tokens) {
        Objects.requireNonNull(tokens, "tokens");
        Path file = file(connection);
        try (TokenDirectory files = TokenDirectory.open(directory)) {
            files.write(file.getFileName().toString(), JSON.writeValueAsBytes(tokens.toJson()), fileAttributes());
        } catch (IOException e) {
            throw new CoreException(
                    "cannot write the token file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    @Override
    public void delete(String connection) {
        Path file = file(connection);
        try (TokenDirectory tokens = TokenDirectory.open(directory)) {
            tokens.delete(file.getFileName().toString());
        } catch (IOException e) {
            throw new CoreException(
                    "cannot delete the token file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    /**
     * {@inheritDoc}
     *
     * <p>Here the lock is the file lock of {@code .<connection>.lock}, held by one process at a time, and a lock of
     * this process for the directory, held by one thread at a time (file locks belong to the whole process).
     *
     * @throws CoreException when the lock file cannot be opened or locked (nothing is written then)
     */
    @Override
    public Optional<TokenSet> update(String connection, TokenUpdate update) {
        Objects.requireNonNull(update, "update");
        Path file = file(connection);
        String lockName = "." + connection + ".lock";
        // Per directory, not per connection: a process that holds one file lock must not wait for another.
        return LocalRefreshLocks.locked(realDirectory, () -> {
            try (FileChannel channel = openForLocking(lockName)) {
                // Held until the channel closes, which releases it.
                channel.lock();
                return LocalRefreshLocks.apply(this, connection, update);
            } catch (IOException e) {
                throw new CoreException("cannot lock the token file " + file + ": "
                        + e.getClass().getSimpleName());
            }
        });
    }

    private FileChannel openForLocking(String lockName) throws IOException {
        try (TokenDirectory files = TokenDirectory.open(directory)) {
            return files.openForLocking(lockName, fileAttributes());
        }
    }

    private FileAttribute<?>[] directoryAttributes() {
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(DIRECTORY_PERMISSIONS)}
                : new FileAttribute<?>[0];
    }

    private FileAttribute<?>[] fileAttributes() {
        return posix
                ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE_PERMISSIONS)}
                : new FileAttribute<?>[0];
    }

    @Override
    public String toString() {
        return "FileTokenStore{directory=" + directory + "}";
    }
}
