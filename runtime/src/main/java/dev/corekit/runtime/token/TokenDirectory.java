package dev.corekit.runtime.token;

import dev.corekit.runtime.error.CoreConfigurationException;
import dev.corekit.runtime.error.CoreException;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.SecureDirectoryStream;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The token directory, opened for one load, save or delete, refusing a symbolic link in its place or in place of a
 * file. Where the platform offers it (Linux, macOS), the directory is opened once without following links and every
 * file is read, written, renamed and deleted relative to that open directory, so swapping the directory for a link
 * while the operation runs redirects nothing. Elsewhere the directory is checked, without following links, before
 * each step.
 */
final class TokenDirectory implements Closeable {
    private final Path directory;
    private final SecureDirectoryStream<Path> open;

    private TokenDirectory(Path directory, SecureDirectoryStream<Path> open) {
        this.directory = directory;
        this.open = open;
    }

    /**
     * Opens {@code directory}.
     *
     * @throws CoreConfigurationException when it is a symbolic link (or was swapped for one) or is not a directory
     * @throws CoreException when it cannot be opened
     */
    static TokenDirectory open(Path directory) {
        refuseLinkedDirectory(directory);
        Path parent = directory.getParent();
        if (parent == null) {
            return new TokenDirectory(directory, null);
        }
        try (DirectoryStream<Path> parentStream = Files.newDirectoryStream(parent)) {
            if (!(parentStream instanceof SecureDirectoryStream<Path> secureParent)) {
                return new TokenDirectory(directory, null);
            }
            return new TokenDirectory(
                    directory, secureParent.newDirectoryStream(directory.getFileName(), LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            // Opening without following links fails on a link: swapped in since the check above.
            refuseLinkedDirectory(directory);
            throw new CoreException("cannot open the token directory " + directory + ": "
                    + e.getClass().getSimpleName());
        }
    }

    private static void refuseLinkedDirectory(Path directory) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(directory, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            throw new CoreException("cannot open the token directory " + directory + ": "
                    + e.getClass().getSimpleName());
        }
        if (attributes.isSymbolicLink()) {
            throw linkedDirectory(directory);
        }
        if (!attributes.isDirectory()) {
            throw new CoreConfigurationException("tokenStore", directory + " is not a directory");
        }
    }

    /** The refusal of a token directory that is a symbolic link. */
    static CoreConfigurationException linkedDirectory(Path directory) {
        return new CoreConfigurationException(
                "tokenStore",
                "the token directory " + directory
                        + " is a symbolic link; corekit refuses it so that tokens cannot be redirected");
    }

    /** The content of file {@code name}, or empty when there is none. */
    Optional<byte[]> read(String name) throws IOException {
        if (!refuseLinkedFile(name)) {
            return Optional.empty();
        }
        try (SeekableByteChannel channel = channel(name, Set.of(StandardOpenOption.READ))) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteBuffer buffer = ByteBuffer.allocate(8192);
            while (channel.read(buffer) >= 0) {
                out.write(buffer.array(), 0, buffer.position());
                buffer.clear();
            }
            return Optional.of(out.toByteArray());
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
    }

    /**
     * Replaces file {@code name} with {@code bytes}: written to a new temporary file in the directory, forced to disk,
     * then renamed over it, so a crash leaves the old or the new content.
     */
    void write(String name, byte[] bytes, FileAttribute<?>... attributes) throws IOException {
        refuseLinkedFile(name);
        String temporary = "." + name + "."
                + Long.toUnsignedString(ThreadLocalRandom.current().nextLong()) + ".tmp";
        boolean moved = false;
        try {
            try (SeekableByteChannel channel =
                    channel(temporary, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW), attributes)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (channel instanceof FileChannel file) {
                    file.force(true);
                }
            }
            refuseLinkedFile(name);
            move(temporary, name);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    /**
     * Opens file {@code name} for writing, creating it with {@code attributes} when absent, without following a link:
     * the channel {@link FileTokenStore} locks.
     */
    FileChannel openForLocking(String name, FileAttribute<?>... attributes) throws IOException {
        refuseLinkedFile(name);
        SeekableByteChannel channel =
                channel(name, Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE), attributes);
        if (channel instanceof FileChannel file) {
            return file;
        }
        channel.close();
        throw new IOException("the file system offers no file locks");
    }

    /** Deletes file {@code name}; quiet when there is none. */
    void delete(String name) throws IOException {
        if (!refuseLinkedFile(name)) {
            return;
        }
        try {
            if (open != null) {
                open.deleteFile(Path.of(name));
            } else {
                refuseLinkedDirectory(directory);
                Files.deleteIfExists(directory.resolve(name));
            }
        } catch (NoSuchFileException e) {
            // Gone already: what delete promises.
        }
    }

    /** Whether file {@code name} exists; refuses it when it is a symbolic link. */
    private boolean refuseLinkedFile(String name) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = open != null
                    ? open.getFileAttributeView(Path.of(name), BasicFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                            .readAttributes()
                    : Files.readAttributes(
                            directory.resolve(name), BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return false;
        }
        if (attributes.isSymbolicLink()) {
            throw new CoreException("the token file " + directory.resolve(name)
                    + " is a symbolic link; corekit refuses it so that tokens cannot be redirected");
        }
        return true;
    }

    private SeekableByteChannel channel(String name, Set<OpenOption> options, FileAttribute<?>... attributes)
            throws IOException {
        Set<OpenOption> noLinks = new java.util.HashSet<>(options);
        noLinks.add(LinkOption.NOFOLLOW_LINKS);
        if (open != null) {
            return open.newByteChannel(Path.of(name), noLinks, attributes);
        }
        refuseLinkedDirectory(directory);
        return Files.newByteChannel(directory.resolve(name), noLinks, attributes);
    }

    private void move(String from, String to) throws IOException {
        if (open != null) {
            // A rename within the one open directory: atomic, and it replaces the old file.
            open.move(Path.of(from), open, Path.of(to));
            return;
        }
        refuseLinkedDirectory(directory);
        try {
            Files.move(
                    directory.resolve(from),
                    directory.resolve(to),
                    StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the file system cannot rename atomically", e);
        }
    }

    private void deleteQuietly(String name) {
        try {
            if (open != null) {
                open.deleteFile(Path.of(name));
            } else {
                Files.deleteIfExists(directory.resolve(name));
            }
        } catch (IOException ignored) {
            // A stray temporary file holds no more than the file it failed to replace.
        }
    }

    @Override
    public void close() {
        if (open != null) {
            try {
                open.close();
            } catch (IOException ignored) {
                // Nothing was written through the stream itself; closing it loses nothing.
            }
        }
    }
}
