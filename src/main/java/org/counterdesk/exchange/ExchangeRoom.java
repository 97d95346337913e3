package org.counterdesk.exchange;

import java.time.Clock;
import org.counterdesk.exchange.batch.BatchExports;
import org.counterdesk.exchange.batch.ExchangeFolders;
import org.counterdesk.exchange.masterdata.MasterDataImports;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.store.WriteFault;

/**
 * The sync-with-finance room wires itself: the finance folders (outbox, inbox, local queue),
 * the export batches with their acknowledgements, and the master-data imports (fees, staff,
 * drawers, business units) that come the other way, built once from the shared parts.
 */
public final class ExchangeRoom {

    private final ExchangeFolders folders;
    private final BatchExports batches;
    private final MasterDataImports masterData;

    public ExchangeRoom(DataFolder folder, Database database, CounterSetup counter, FeeCatalog fees, Journal journal,
                        Clock clock) {
        this.folders = new ExchangeFolders(folder, database.jdbi(), journal);
        this.batches = new BatchExports(database, counter, journal, clock, folders, WriteFault.NONE);
        this.masterData = new MasterDataImports(database, counter, fees, journal, clock);
    }

    public ExchangeFolders folders() {
        return folders;
    }

    public BatchExports batches() {
        return batches;
    }

    public MasterDataImports masterData() {
        return masterData;
    }
}
