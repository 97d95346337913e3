package org.counterdesk.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;

/**
 * Keeps a second copy of the app off a data folder that one copy already uses. The operating
 * system releases the lock when the process ends, however it ends.
 */
public record InstanceLock(FileChannel channel, FileLock lock) implements AutoCloseable {

    /** Takes the lock, or throws {@link AlreadyRunningException} if another copy holds it. */
    public static InstanceLock acquire(Path folder) throws IOException {
        Path file = folder.resolve("counterdesk.lock");
        FileChannel channel = FileChannel.open(file, Set.of(StandardOpenOption.CREATE, StandardOpenOption.WRITE),
                PrivateFiles.newFile(file));
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            throw new AlreadyRunningException(folder);
        }
        return new InstanceLock(channel, lock);
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }

    /** Another copy of Counterdesk already has this data folder open. */
    public static final class AlreadyRunningException extends IOException {
        private static final long serialVersionUID = 1L;

        public AlreadyRunningException(Path folder) {
            super("Counterdesk is already running on this PC (data folder " + folder
                    + "). Switch to the open window instead of starting it again.");
        }
    }
}
