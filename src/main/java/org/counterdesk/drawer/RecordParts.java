package org.counterdesk.drawer;

import java.time.Clock;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.Database;

/**
 * What every service that keeps cash records (drawer sessions, movements, closes, and the
 * banking after them) works with: the database, this counter, staff for approvals, the one
 * write path that seals records in the journal, and the clock. Handed over as one part, so a
 * service's constructor says what is particular to it.
 */
public record RecordParts(Database database, CounterSetup counter, StaffService staff, Ledger ledger, Clock clock) {

    public static RecordParts of(Database database, CounterSetup counter, StaffService staff, Journal journal,
                                 Clock clock) {
        return new RecordParts(database, counter, staff, new Ledger(database, journal), clock);
    }
}
