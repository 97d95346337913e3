package org.counterdesk.app;

import java.time.Clock;
import org.counterdesk.exchange.batch.BatchExports;
import org.counterdesk.exchange.batch.ExchangeFolders;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.WriteFault;

/**
 * The sync-with-finance room's services, built once by {@link AppServices}: the finance
 * folders (outbox, inbox, local queue) and the export batches with their acknowledgements.
 */
public final class ExchangeServices {

    private final ExchangeFolders folders;
    private final BatchExports batches;

    ExchangeServices(DataFolder folder, Database database, CounterSetup counter, Journal journal, Clock clock) {
        this.folders = new ExchangeFolders(folder, database.jdbi(), journal);
        this.batches = new BatchExports(database, counter, journal, clock, folders, WriteFault.NONE);
    }

    public ExchangeFolders folders() {
        return folders;
    }

    public BatchExports batches() {
        return batches;
    }
}
