package org.counterdesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import org.slf4j.LoggerFactory;

/**
 * Keeps the data folder readable by its owner only: on POSIX file systems folders are
 * {@code rwx------} and files {@code rw-------}, whatever the process umask would have given.
 * The folder holds receipts, staff details, the database's password and H2's lock file (which
 * carries the key of the database's local server), so another account on the PC must see
 * nothing. File systems without POSIX permissions (Windows) are left to their own access
 * lists: every step here is skipped there.
 */
public final class PrivateFiles {

    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");

    private PrivateFiles() {
    }

    /** Whether {@code path}'s file system has POSIX permissions to set. */
    public static boolean posix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /** The attribute that creates a file private from its first byte (none where there are no POSIX permissions). */
    public static FileAttribute<?>[] newFile(Path file) {
        return posix(file) ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(FILE)} : new FileAttribute<?>[0];
    }

    /** Creates {@code folder} and any missing parents, each one it creates private; returns {@code folder}. */
    public static Path createFolders(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute)) {
            return folder;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createFolders(parent);
        }
        if (!posix(absolute)) {
            Files.createDirectories(absolute);
            return folder;
        }
        try {
            Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(FOLDER));
        } catch (FileAlreadyExistsException e) {
            // made meanwhile by another thread or process: fine if it is a folder
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
        return folder;
    }

    /** Makes one file or folder private (a symbolic link is left alone: it is not ours to change). */
    public static void makePrivate(Path path) throws IOException {
        if (!posix(path) || !Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(path)) {
            return;
        }
        set(path, Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS) ? FOLDER : FILE);
    }

    /**
     * Makes {@code root} and everything under it private, in one walk that changes only what
     * differs, so it is cheap on a folder already private. Symbolic links are not followed.
     */
    public static void tighten(Path root) throws IOException {
        if (!posix(root) || !Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                set(dir, FOLDER);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (attrs.isRegularFile()) {
                    set(file, FILE);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                // A file removed while walking (a temporary file of H2's) has nothing left to protect.
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** {@link #tighten(Path)} where a failure must not stop the work it protects; says whether it succeeded. */
    public static boolean tightenQuietly(Path root) {
        try {
            tighten(root);
            return true;
        } catch (IOException | RuntimeException e) {
            LoggerFactory.getLogger(PrivateFiles.class).warn("Could not make {} private: {}", root, e.getMessage());
            return false;
        }
    }

    private static void set(Path path, Set<PosixFilePermission> wanted) throws IOException {
        try {
            if (!Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS).equals(wanted)) {
                Files.setPosixFilePermissions(path, wanted);
            }
        } catch (NoSuchFileException e) {
            // gone meanwhile (H2 removes its temporary files): nothing to protect
        }
    }
}
