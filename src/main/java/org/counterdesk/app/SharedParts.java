package org.counterdesk.app;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.Printers;
import org.counterdesk.setup.TerminalJoin;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.DatabaseConfig;

/**
 * What every room is built from: the data folder, its database and the clock, and the journal,
 * counter and printers made from them once, so that all rooms share the same ones.
 */
record SharedParts(DataFolder folder, Database database, Clock clock, Journal journal, CounterSetup counter,
                   Printers printers) {

    static SharedParts of(DataFolder folder, Database database, Clock clock) {
        Journal journal = new Journal(clock);
        CounterSetup counter = new CounterSetup(database.jdbi(), clock, DatabaseConfig.of(folder).terminal(),
                new TerminalJoin(database, journal, clock));
        return new SharedParts(folder, database, clock, journal, counter, new Printers(database.jdbi(), folder.printed()));
    }
}
