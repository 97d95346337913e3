package org.counterdesk.receipting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Handle;

/**
 * Posts receipts. A post is one transaction: number, receipt, lines, tenders and journal entry
 * are all written or none is; then the commit is forced to disk before anything is printed,
 * so a receipt in a customer's hand always exists after a crash or power cut. A draft posted
 * again (same {@link ReceiptDraft#id()}) gives back the receipt it already made.
 */
public final class ReceiptPoster {

    private final Database database;
    private final CounterSetup counter;
    private final DrawerSessions sessions;
    private final Ledger ledger;
    private final Clock clock;
    private final boolean forceToDisk;

    public ReceiptPoster(Database database, CounterSetup counter, DrawerSessions sessions, Journal journal, Clock clock) {
        this(database, counter, sessions, journal, clock, true);
    }

    private ReceiptPoster(Database database, CounterSetup counter, DrawerSessions sessions, Journal journal, Clock clock,
                          boolean forceToDisk) {
        this.database = database;
        this.counter = counter;
        this.sessions = sessions;
        this.ledger = new Ledger(database, journal);
        this.clock = clock;
        this.forceToDisk = forceToDisk;
    }

    /**
     * For benchmarks only, to measure what the disk sync costs: a poster that commits but does
     * not force the commit to disk, so a power cut can lose its receipts. Package-private on
     * purpose; the app always builds its poster with the public constructor.
     */
    static ReceiptPoster skippingDiskSyncForBenchmarks(Database database, CounterSetup counter, DrawerSessions sessions,
                                                       Journal journal, Clock clock) {
        return new ReceiptPoster(database, counter, sessions, journal, clock, false);
    }

    /** Posts a counter receipt. */
    public Receipt post(Actor actor, ReceiptDraft draft) {
        return post(actor, draft, null);
    }

    /** Posts a receipt keyed into an open mail batch ({@code mailBatchId} null for the counter). */
    public Receipt post(Actor actor, ReceiptDraft draft, Long mailBatchId) {
        return posting(actor, draft, mailBatchId).receipt();
    }

    /** As {@link #post(Actor, ReceiptDraft, Long)}, saying whether the receipt was already saved before. */
    public Posting posting(Actor actor, ReceiptDraft draft, Long mailBatchId) {
        actor.require(Role.CASHIER, "take payments");
        draft.checkReadyToPost();
        LocalDate today = counter.businessDate();
        Saved saved = postOnce(actor, draft, mailBatchId, today);
        Receipt receipt = database.jdbi().withHandle(h -> new ReceiptDao(h).byId(saved.id())).orElseThrow();
        return new Posting(PostedDrafts.sameAs(draft, receipt), saved.before());
    }

    /** A receipt's id, and whether it was saved before this post. */
    private record Saved(long id, boolean before) {
    }

    /** The receipt {@code draft} made, posting it unless an earlier post already did. */
    private Saved postOnce(Actor actor, ReceiptDraft draft, Long mailBatchId, LocalDate today) {
        try {
            return ledger.write("post the receipt", forceToDisk ? Ledger.Sync.FORCE_TO_DISK : Ledger.Sync.COMMIT_ONLY,
                    h -> new ReceiptDao(h).idByDraft(draft.id()).map(id -> new Saved(id, true))
                            .orElseGet(() -> new Saved(insert(h, actor, draft, mailBatchId, today), false)));
        } catch (Refused r) {
            throw r;
        } catch (RuntimeException e) {
            return new Saved(PostedDrafts.afterFailure(database, draft.id(), e), true);
        }
    }

    private long insert(Handle h, Actor actor, ReceiptDraft draft, Long mailBatchId, LocalDate today) {
        if (mailBatchId != null) {
            MailBatches.requireOpenFor(h, mailBatchId, actor);
        }
        DrawerSession session = sessions.sessionForReceipting(h, actor, today);
        DocumentNumbers.Allocated number = DocumentNumbers.RECEIPT.next(h, actor.terminalCode());
        Settlement s = draft.settlement();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ReceiptDao dao = new ReceiptDao(h);
        long id = dao.insert(new ReceiptDao.NewReceipt(actor.terminal().id(), number.number(), number.text(), session.id(),
                actor.staff().id(), today, now, mailBatchId, draft.payerName(), draft.payerAbn(), draft.total(),
                draft.gst(), s.rounding(), s.change()), draft.id());
        List<DraftLine> lines = draft.lines();
        for (int i = 0; i < lines.size(); i++) {
            dao.insertLine(id, i + 1, lines.get(i));
        }
        List<Tender> tenders = draft.tenders();
        for (int i = 0; i < tenders.size(); i++) {
            dao.insertTender(id, i + 1, tenders.get(i));
        }
        ledger.seal(h, SealSpecs.RECEIPT, id,
                JournalEvent.of("RECEIPT_POSTED", actor.staffNumber(), actor.terminalCode(), "receipt",
                        number.text())
                .with("total", draft.total().cents()).with("gst", draft.gst().cents())
                .with("rounding", s.rounding().cents()).with("change", s.change().cents())
                .with("tenders", draft.tenders().stream().map(t -> t.kind().name() + ":" + t.amount().cents()).toList())
                .with("session", session.id()));
        return id;
    }
}
