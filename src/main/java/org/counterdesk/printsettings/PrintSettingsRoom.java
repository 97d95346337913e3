package org.counterdesk.printsettings;

import org.counterdesk.journal.Journal;
import org.counterdesk.journal.Ledger;
import org.counterdesk.print.Printers;
import org.counterdesk.store.Database;

/**
 * The print settings room wires itself: who may change how this counter prints, built once on
 * the shared printers every room's documents go to.
 */
public record PrintSettingsRoom(PrintSetup setup) {

    /** The room built from the shared parts. */
    public static PrintSettingsRoom of(Database database, Journal journal, Printers printers) {
        return new PrintSettingsRoom(new PrintSetup(new Ledger(database, journal), printers));
    }
}
