package org.counterdesk.printsettings;

import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.print.PrintSettingsDao;
import org.counterdesk.print.Printers;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;

/**
 * The administrators' side of the print settings: who may change them, and the journal line
 * that says they did. Kept apart from {@code print} so that the PDF kit, which every room's
 * documents use, knows nothing of staff or roles.
 */
public record PrintSetup(Ledger ledger, Printers printers) {

    /** The printers and the settings as documents see them. */
    public Printers printers() {
        return printers;
    }

    /** Changes how this counter prints (administrators only); the change is journaled. */
    public void save(Actor actor, PrintSettings settings) {
        actor.require(Role.ADMINISTRATOR, "change the printer settings");
        // A setting, not money: the commit is enough, without waiting for the disk as a posting does.
        ledger.write("save the print settings; nothing was changed", Ledger.Sync.COMMIT_ONLY, h -> {
            new PrintSettingsDao(h).write(settings);
            return ledger.append(h, JournalEvent.of("SETTING_CHANGED", actor.staffNumber(), actor.terminalCode(),
                            "setting", "printing")
                    .with(PrintSettings.PRINTER_KEY, settings.printerName().orElse(""))
                    .with(PrintSettings.LAYOUT_KEY, settings.receiptLayout().name()));
        });
    }
}
