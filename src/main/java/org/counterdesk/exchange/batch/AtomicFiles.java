package org.counterdesk.exchange.batch;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that readers see either nothing or all of it: the bytes go to a temp file in
 * the same folder (named {@code .NAME.tmp}: a leading dot and a {@code .tmp} ending, which
 * finance ignores), are forced to disk, and the temp file is renamed over the target in one
 * atomic step. A failure at any stage removes the temp file and leaves the target as it was.
 */
final class AtomicFiles {

    static final String TEMP_SUFFIX = ".tmp";

    private final WriteFault fault;

    AtomicFiles(WriteFault fault) {
        this.fault = fault;
    }

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") || name.endsWith(TEMP_SUFFIX);
    }

    void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.toAbsolutePath().getParent();
        Path temp = folder.resolve("." + target.getFileName() + TEMP_SUFFIX);
        try {
            fault.before(WriteFault.Stage.WRITE_TEMP, target);
            try (FileChannel out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    out.write(buffer);
                }
                fault.before(WriteFault.Stage.FSYNC, target);
                out.force(true);
            }
            fault.before(WriteFault.Stage.RENAME, target);
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(folder);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** Makes the rename itself durable where the platform allows it (Linux, macOS); elsewhere a no-op. */
    private static void syncFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself.
        }
    }
}
