package org.counterdesk.print;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.store.StorageException;

/**
 * Writes document files so that a crash or a full disk never leaves half a file under the
 * real name: the bytes go to a temporary file in the same folder, are forced to disk, and
 * the temporary file is then renamed over the target in one step.
 */
public final class DocumentFiles {

    /** What puts the bytes of a file into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private DocumentFiles() {
    }

    /** Saves {@code doc} as {@code target}, replacing any earlier file of that name. */
    public static Path save(PDDocument doc, Path target) {
        return write(target, doc::save);
    }

    /** Writes {@code content} as {@code target}; on failure nothing is left behind and the message says why. */
    public static Path write(Path target, Content content) {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = null;
        try {
            Files.createDirectories(folder);
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".part");
            try (OutputStream out = Files.newOutputStream(temp)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            moveIntoPlace(temp, target);
            return target;
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temp);
            String why = String.valueOf(e.getMessage()).contains("No space left") ? "the disk is full" : String.valueOf(e);
            throw new StorageException("Could not save " + target.getFileName() + " in " + folder + ": " + why + ".", e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare (some network shares); a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) {
            return;
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // The original failure is what the person needs to hear about.
        }
    }
}
