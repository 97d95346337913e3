package org.counterdesk.exchange.masterdata;

import java.time.Clock;
import org.counterdesk.common.InboundFile;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * The history of applied imports (table master_data_import, insert-only) and their journal
 * entries: who, which file (name and SHA-256) and the counts; never a person's name or email.
 */
record ImportLog(Journal journal, Clock clock) {

    /** The counts of one import, before it is recorded. */
    record Counts(int records, int added, int changed, int deactivated) {

        int unchanged() {
            return records - added - changed;
        }
    }

    /** Records the import within its transaction and returns what the caller reports. */
    ImportResult record(Handle h, Actor actor, String kind, InboundFile file, Counts counts, String summary) {
        long id = new ImportDao(h).insert(actor, kind, file, counts, summary, clock.instant());
        journal.append(h, JournalEvent.of("MASTER_DATA_IMPORTED", actor.staffNumber(), actor.terminalCode(),
                        "master_data_import", id)
                .with("kind", kind).with("file", file.name()).with("sha256", file.sha256())
                .with("records", counts.records()).with("added", counts.added()).with("changed", counts.changed())
                .with("deactivated", counts.deactivated()));
        return new ImportResult(id, kind, file.name(), file.sha256(), counts.records(), counts.added(), counts.changed(),
                counts.deactivated(), counts.unchanged(), summary);
    }
}
