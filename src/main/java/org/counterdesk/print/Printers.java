package org.counterdesk.print;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.jdbi.v3.core.Jdbi;

/**
 * Chooses the printer from the print settings, read afresh each time so that a changed
 * setting applies to the next document without a restart. {@code printedFolder} is where
 * documents are saved when no printer is named.
 */
public record Printers(Jdbi jdbi, Path printedFolder) {

    /** The printers this PC's operating system offers, by name. */
    public List<String> installed() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
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
