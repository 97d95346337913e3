package org.counterdesk.print;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Where every room's documents go: each is laid out, kept in the documents folder (written
 * safely, see {@link DocumentFiles}), then sent to the printer the settings name. The file is
 * kept before printing, so a printer failure loses nothing: a {@link NotPrintedException}
 * names the kept file. {@code documents} is the data folder's documents folder.
 */
public record DocumentOutput(Path documents, Printers printers) {

    /** What lays a document out into an empty PDF. */
    @FunctionalInterface
    public interface Layout {
        void draw(PDDocument doc) throws IOException;
    }

    /** The paper the settings name for counter documents, read afresh each time. */
    public ReceiptLayout layout() {
        return printers.settings().receiptLayout();
    }

    /** The folder for one kind of document and business date: {@code documents/receipts/2026-11-23}. */
    public Path dayFolder(String kind, LocalDate businessDate) {
        return documents.resolve(kind).resolve(businessDate.toString());
    }

    /**
     * Lays the document out, keeps it as {@code file} and prints it; {@code what} names it for
     * the person ("the receipt"), {@code jobName} for the print queue (its number).
     */
    public Path keepAndPrint(String what, Path file, String jobName, Layout layout) {
        return keepAndPrint(what, file, jobName, printers.current(), layout);
    }

    /** As {@link #keepAndPrint(String, Path, String, Layout)}, on a printer of the room's choosing (a badge printer). */
    public static Path keepAndPrint(String what, Path file, String jobName, Printer printer, Layout layout) {
        DocumentFiles.render(what + " " + jobName, file, layout);
        return print(what, file, jobName, printer);
    }

    /** Prints a document already kept as {@code file} on the printer the settings name. */
    public Path print(String what, Path file, String jobName) {
        return print(what, file, jobName, printers.current());
    }

    private static Path print(String what, Path file, String jobName, Printer printer) {
        try {
            printer.print(file, jobName);
        } catch (PrintFailure f) {
            throw new NotPrintedException(what, file, f);
        }
        return file;
    }
}
