package org.counterdesk.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Properties;
import java.util.Set;

/**
 * Writes a file so that its real name only ever shows a complete file: the bytes go to a
 * temporary file in the same folder ({@code .NAME.tmp}: a leading dot and a {@code .tmp}
 * ending, which readers such as finance ignore), are forced to disk, and the temporary file is
 * renamed to the real name in one step. On failure at any stage the temporary file is removed
 * and the real name is left as it was. Batches, manifests, backups and reports all use it.
 * Files are created readable by their owner only ({@link PrivateFiles}), as are folders it makes.
 */
public final class AtomicFiles {

    private static final String TEMP_SUFFIX = ".tmp";

    /** What puts the bytes of a file into a stream. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFiles() {
    }

    /** Whether {@code file} is one of these temporary files (or another hidden file) that readers skip. */
    public static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(TEMP_SUFFIX);
    }

    public static void write(Path target, Content content) throws IOException {
        write(target, content, WriteFault.NONE);
    }

    /** A settings file kept beside the data: {@code props} in UTF-8, headed by {@code comment}. */
    public static void writeProperties(Path target, Properties props, String comment) throws IOException {
        StringWriter text = new StringWriter();
        props.store(text, comment);
        write(target, out -> out.write(text.toString().getBytes(StandardCharsets.UTF_8)));
    }

    /** Writes {@code target}; {@code fault} lets the tests fail each stage in turn. */
    public static void write(Path target, Content content, WriteFault fault) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        PrivateFiles.createFolders(folder);
        Path temp = folder.resolve("." + target.getFileName() + TEMP_SUFFIX);
        try {
            fault.before(WriteFault.Stage.WRITE_TEMP, target);
            Files.deleteIfExists(temp); // a leftover would keep the permissions it was made with
            try (FileChannel channel = FileChannel.open(temp, Set.of(StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE), PrivateFiles.newFile(temp))) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                fault.before(WriteFault.Stage.FSYNC, target);
                channel.force(true);
            }
            fault.before(WriteFault.Stage.RENAME, target);
            move(temp, target);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // Same folder, so this is rare (some network shares); a plain replace is the best left.
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS). */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
