package org.counterdesk.printsettings;

import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.print.PrintSettingsDao;
import org.counterdesk.print.Printers;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * The administrators' side of the print settings: who may change them, and the journal line
 * that says they did. Kept apart from {@code print} so that the PDF kit, which every room's
 * documents use, knows nothing of staff or roles.
 */
public final class PrintSetup {

    private final Jdbi jdbi;
    private final Journal journal;
    private final Printers printers;

    public PrintSetup(Jdbi jdbi, Journal journal, Printers printers) {
        this.jdbi = jdbi;
        this.journal = journal;
        this.printers = printers;
    }

    /** The printers and the settings as documents see them. */
    public Printers printers() {
        return printers;
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
}
