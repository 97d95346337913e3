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
public record ExchangeRoom(ExchangeFolders folders, BatchExports batches, MasterDataImports masterData) {

    /** The room built from the shared parts. */
    public static ExchangeRoom of(DataFolder folder, Database database, CounterSetup counter, FeeCatalog fees,
                                  Journal journal, Clock clock) {
        ExchangeFolders folders = new ExchangeFolders(folder, database.jdbi(), journal);
        return new ExchangeRoom(folders, new BatchExports(database, counter, journal, clock, folders, WriteFault.NONE),
                new MasterDataImports(database, counter, fees, journal, clock));
    }
}
