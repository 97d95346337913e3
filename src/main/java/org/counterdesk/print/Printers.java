package org.counterdesk.print;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.print.PrintService;
import javax.print.PrintServiceLookup;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * Chooses the printer from the print settings, read afresh each time so that a changed
 * setting applies to the next document without a restart.
 */
public final class Printers {

    private final Jdbi jdbi;
    private final Journal journal;
    private final Path printedFolder;

    /** {@code printedFolder} is where documents go when no printer is named. */
    public Printers(Jdbi jdbi, Journal journal, Path printedFolder) {
        this.jdbi = jdbi;
        this.journal = journal;
        this.printedFolder = printedFolder;
    }

    /** Where documents are saved when no printer is named. */
    public Path printedFolder() {
        return printedFolder;
    }

    /** The printers this PC's operating system offers, by name. */
    public List<String> installed() {
        return Arrays.stream(PrintServiceLookup.lookupPrintServices(null, null)).map(PrintService::getName).sorted()
                .toList();
    }

    /** Changes how this counter prints (administrators only); the change is journaled. */
    public void save(Actor actor, PrintSettings settings) {
        actor.require(Role.ADMINISTRATOR, "change the printer settings");
        jdbi.useTransaction(h -> {
            new PrintSettingsDao(h).write(settings);
            journal.append(h, JournalEvent.of("SETTING_CHANGED", actor.staffNumber(), actor.terminalCode(), "setting",
                            "printing")
                    .with(PrintSettings.PRINTER_KEY, settings.printerName().orElse(""))
                    .with(PrintSettings.LAYOUT_KEY, settings.receiptLayout().name()));
        });
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
