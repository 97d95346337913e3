package org.counterdesk.store;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The log file, created private to its owner ({@link PrivateFiles}) before logback opens it,
 * at start and at every roll-over: logs name staff numbers, receipts and file paths, and
 * logback itself would create them with the process umask (usually readable by everyone).
 * Rolled files are the same file renamed, so they stay private too.
 */
public final class PrivateLogAppender extends RollingFileAppender<ILoggingEvent> {

    @Override
    public void openFile(String fileName) throws IOException {
        Path file = Path.of(fileName).toAbsolutePath();
        if (file.getParent() != null) {
            PrivateFiles.createFolders(file.getParent());
        }
        if (!Files.exists(file)) {
            try {
                Files.createFile(file, PrivateFiles.newFile(file));
            } catch (FileAlreadyExistsException e) {
                // another process (the app and a command) made it first; tightened below
            }
        }
        PrivateFiles.makePrivate(file);
        super.openFile(fileName);
    }
}
