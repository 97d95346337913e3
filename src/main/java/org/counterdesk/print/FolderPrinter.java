package org.counterdesk.print;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.counterdesk.store.StorageException;

/**
 * "Prints" by saving a copy of each PDF into a folder: what a PC without a printer uses, and
 * what tests use. The copy is written safely, so the folder never holds half a document.
 */
public final class FolderPrinter implements Printer {

    private final Path folder;

    public FolderPrinter(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void print(Path pdf, String jobName) throws PrintFailure {
        try {
            if (!PrintedLink.place(pdf, folder)) {
                DocumentFiles.write(folder.resolve(pdf.getFileName()), out -> Files.copy(pdf, out));
            }
        } catch (StorageException e) {
            throw new PrintFailure("the copy for the printed-documents folder could not be written ("
                    + e.getMessage() + ")", e);
        }
    }

    @Override
    public String describe() {
        return "folder " + folder;
    }

    /** For tests and the settings screen: whether a document of this file name is in the folder. */
    public boolean holds(String fileName) throws IOException {
        return Files.isRegularFile(folder.resolve(fileName)) && Files.size(folder.resolve(fileName)) > 0;
    }
}
