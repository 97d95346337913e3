package org.counterdesk.printsettings;

import org.counterdesk.journal.Journal;
import org.counterdesk.journal.Ledger;
import org.counterdesk.print.Printers;
import org.counterdesk.store.Database;

/**
 * The print settings room wires itself: who may change how this counter prints, built once on
 * the shared printers every room's documents go to.
 */
public final class PrintSettingsRoom {

    private final PrintSetup setup;

    public PrintSettingsRoom(Database database, Journal journal, Printers printers) {
        this.setup = new PrintSetup(new Ledger(database, journal), printers);
    }

    public PrintSetup setup() {
        return setup;
    }
}
