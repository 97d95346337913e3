package org.counterdesk.print;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.counterdesk.store.AtomicFiles;
import org.counterdesk.store.StorageException;

/**
 * Saves documents through {@link AtomicFiles}, so a crash or a full disk never leaves half a
 * file under the real name, and turns a failure into a message a person can act on.
 * {@link #render} is the one way every kind of document becomes a file: laid out, then
 * written safely; {@link DocumentOutput} keeps and prints what it renders.
 */
public final class DocumentFiles {

    private DocumentFiles() {
    }

    /**
     * Lays a document out into an empty PDF and saves it as {@code target}; {@code what} names
     * it ("the day report CD01-Z0001") if the layout fails.
     */
    public static Path render(String what, Path target, DocumentOutput.Layout layout) {
        try (PDDocument doc = new PDDocument()) {
            layout.draw(doc);
            return save(doc, target);
        } catch (IOException e) {
            throw new UncheckedIOException("could not lay out " + what, e);
        }
    }

    /** Saves {@code doc} as {@code target}, replacing any earlier file of that name. */
    public static Path save(PDDocument doc, Path target) {
        return write(target, doc::save);
    }

    /** Writes {@code content} as {@code target}; on failure nothing is left behind and the message says why. */
    public static Path write(Path target, AtomicFiles.Content content) {
        try {
            AtomicFiles.write(target, content);
            return target;
        } catch (IOException | RuntimeException e) {
            String why = String.valueOf(e.getMessage()).contains("No space left") ? "the disk is full" : String.valueOf(e);
            throw new StorageException("Could not save " + target.getFileName() + " in "
                    + target.toAbsolutePath().getParent() + ": " + why + ".", e);
        }
    }
}
