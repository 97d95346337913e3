package org.counterdesk.exchange.batch;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.Database;
import org.counterdesk.store.DocSequences;

/**
 * Makes a closed day's batch: the first time it numbers it (gapless, per terminal), records
 * its creation time, SHA-256 and size, and seals it, all in one {@link Ledger} write; every later
 * time it makes the same bytes again from the closed day and checks them against that SHA-256.
 */
record BatchMaker(Database database, Ledger ledger, Clock clock) {

    static final String SEQUENCE = "EXPORT_BATCH";

    /** A batch and its files, as just made. */
    record Made(BatchDao.Stored batch, BatchFiles files, boolean created) {
    }

    /** The closure's batch, created now if it has none. */
    Made make(Actor actor, Rows.Closure closure, ExportProgress progress) {
        Made made = ledger.write("make the export batch of " + closure.businessDate() + "; nothing was saved and no "
                + "batch number was used", h -> {
            BatchDao dao = new BatchDao(h);
            var existing = dao.forClosure(closure.id());
            if (existing.isPresent()) {
                return new Made(existing.get(), null, false);
            }
            long number = DocSequences.next(h, closure.terminalCode(), SEQUENCE);
            Instant createdAt = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            BatchFiles files = BatchFiles.of(BatchDocument.build(DaySource.read(h, closure), number, createdAt, progress));
            String batchNo = BatchDocument.batchNo(closure.terminalCode(), number);
            long id = dao.insert(closure.terminalId(), number, batchNo, closure.id(), createdAt, actor.staff().id(),
                    files.sha256(), files.batch().length);
            ledger.seal(h, SealSpecs.EXPORT_BATCH, id,
                    JournalEvent.of("EXPORT_BATCH_CREATED", actor.staffNumber(), actor.terminalCode(),
                            "export_batch", batchNo).with("closureNo", closure.closureNo())
                    .with("businessDate", closure.businessDate().toString()).with("sha256", files.sha256())
                    .with("sizeBytes", files.batch().length).with("receipts", closure.receipts()));
            return new Made(dao.forClosure(closure.id()).orElseThrow(), files, true);
        });
        if (made.created()) {
            return made;
        }
        return new Made(made.batch(), remake(made.batch(), progress), false);
    }

    /** The batch's bytes made again; refused if they are no longer the bytes first recorded. */
    BatchFiles remake(BatchDao.Stored batch, ExportProgress progress) {
        BatchFiles files = database.jdbi().withHandle(h -> {
            Rows.Closure closure = new ClosureSourceDao(h).closure(batch.terminalId(), batch.businessDate())
                    .orElseThrow();
            return BatchFiles.of(BatchDocument.build(DaySource.read(h, closure), batch.number(), batch.createdAt(),
                    progress));
        });
        if (!files.sha256().equals(batch.sha256()) || files.batch().length != batch.size()) {
            throw new Refused("Batch " + batch.batchNo() + " no longer comes out as it was created (SHA-256 "
                    + batch.sha256() + ", now " + files.sha256() + "): the records of " + batch.businessDate()
                    + " have changed. Run verify and call support; nothing was sent.");
        }
        return files;
    }
}
