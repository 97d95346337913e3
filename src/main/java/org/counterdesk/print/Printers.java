package org.counterdesk.print;

import java.nio.file.Path;
import org.jdbi.v3.core.Jdbi;

/**
 * Chooses the printer from the print settings, read afresh each time so that a changed
 * setting applies to the next document without a restart.
 */
public final class Printers {

    private final Jdbi jdbi;
    private final Path printedFolder;

    /** {@code printedFolder} is where documents go when no printer is named. */
    public Printers(Jdbi jdbi, Path printedFolder) {
        this.jdbi = jdbi;
        this.printedFolder = printedFolder;
    }

    public PrintSettings settings() {
        return jdbi.withHandle(h -> new PrintSettingsDao(h).read());
    }

    /** The printer the settings name, or the folder printer when they name none. */
    public Printer current() {
        return printerFor(settings());
    }

    public Printer printerFor(PrintSettings settings) {
        return settings.printerName().<Printer>map(SystemPrinter::new).orElseGet(() -> new FolderPrinter(printedFolder));
    }
}
