package org.counterdesk.print;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.counterdesk.store.PrivateFiles;

/**
 * The folder printer's copy as a second name for the kept file (a hard link) instead of a second
 * write and disk sync of the same bytes: the kept file is complete and already forced to disk,
 * so the link can never show half a document. The link is made under a temporary name and
 * renamed into place, as {@code AtomicFiles} does. Where links are not possible (another disk,
 * a file system without them) the caller copies instead.
 */
final class PrintedLink {

    private PrintedLink() {
    }

    /** Places {@code pdf} in {@code folder} under its own name; false when a link cannot be made. */
    static boolean place(Path pdf, Path folder) {
        Path target = folder.resolve(pdf.getFileName());
        Path temp = folder.resolve("." + pdf.getFileName() + ".link.tmp");
        try {
            PrivateFiles.createFolders(folder);
            Files.deleteIfExists(temp);
            Files.createLink(temp, pdf);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover hidden temporary name is skipped by readers and replaced next time
            }
        }
    }
}
