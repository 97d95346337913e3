package org.counterdesk.receipting;

import java.time.Clock;
import java.util.List;
import org.counterdesk.common.Counted;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.journal.Ledger;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.store.Database;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Opening, keying into and finishing mail batches; the batch and its finish are sealed through the {@link Ledger}. */
public final class MailBatches {

    public static final int MAX_CONTROL_COUNT = 9_999;

    private final Jdbi jdbi;
    private final CounterSetup counter;
    private final DrawerSessions sessions;
    private final Ledger ledger;
    private final Clock clock;

    public MailBatches(Database database, CounterSetup counter, DrawerSessions sessions, Journal journal, Clock clock) {
        this.jdbi = database.jdbi();
        this.counter = counter;
        this.sessions = sessions;
        this.ledger = new Ledger(database, journal);
        this.clock = clock;
    }

    public MailBatch open(Actor actor, String description, int controlCount, Money controlTotal) {
        actor.require(Role.CASHIER, "key mail payments");
        String d = description == null ? "" : description.strip();
        if (d.isEmpty() || d.length() > 80) {
            throw new Refused("description", "Describe the batch (like \"Mail 22 Nov, bag 1\"), up to 80 characters.");
        }
        if (controlCount < 1 || controlCount > MAX_CONTROL_COUNT) {
            throw new Refused("controlCount", "The control count is the number of payments in the batch (1 to "
                    + MAX_CONTROL_COUNT + ").");
        }
        if (controlTotal == null || !controlTotal.isPositive()) {
            throw new Refused("controlTotal", "The control total must be more than zero.");
        }
        long id = ledger.write("open the mail batch; nothing was saved and no number was used", h -> {
            var session = sessions.sessionForReceipting(h, actor, counter.businessDate());
            var no = DocumentNumbers.MAIL_BATCH.next(h, actor.terminalCode());
            long batchId = new MailBatchDao(h).insert(actor.terminal().id(), no, session.id(), actor.staff().id(),
                    clock.instant(), counter.businessDate(), controlCount, controlTotal, d);
            ledger.seal(h, SealSpecs.MAIL_BATCH, batchId,
                    JournalEvent.of("MAIL_BATCH_OPENED", actor.staffNumber(), actor.terminalCode(),
                    "mail_batch", no.text()).with("controlCount", controlCount).with("controlTotal", controlTotal.cents()));
            return batchId;
        });
        return get(id);
    }

    /** Finishes a batch whose keyed count and total match its header; refuses otherwise, saying by how much. */
    public MailBatch finish(Actor actor, long batchId) {
        ledger.write("finish the mail batch; it is still open", h -> {
            MailBatch b = requireOpenFor(h, batchId, actor);
            if (!b.balanced()) {
                throw new Refused("The batch does not match its header yet: " + Counted.of(b.countStillToKey(), "payment", "payments")
                        + " and " + b.totalStillToKey().format() + " still to key (keyed " + b.keyedCount()
                        + " for " + b.keyedTotal().format() + " of " + b.controlCount() + " for "
                        + b.controlTotal().format() + ").");
            }
            new MailBatchDao(h).finish(batchId, actor.staff().id(), clock.instant());
            return ledger.seal(h, SealSpecs.MAIL_BATCH_FINISH, batchId,
                    JournalEvent.of("MAIL_BATCH_FINISHED", actor.staffNumber(), actor.terminalCode(),
                    "mail_batch", b.batchNo()).with("count", b.keyedCount()).with("total", b.keyedTotal().cents()));
        });
        return get(batchId);
    }

    public MailBatch get(long batchId) {
        return jdbi.withHandle(h -> new MailBatchDao(h).byId(batchId)).orElseThrow();
    }

    /** Today's batches at this terminal, and any earlier ones still open. */
    public List<MailBatch> list(Actor actor) {
        return jdbi.withHandle(h -> new MailBatchDao(h).forTerminal(actor.terminal().id(), counter.businessDate()));
    }

    public List<Receipt> receipts(long batchId) {
        return jdbi.withHandle(h -> new ReceiptDao(h).inMailBatch(batchId));
    }

    static MailBatch requireOpenFor(Handle h, long batchId, Actor actor) {
        MailBatch b = new MailBatchDao(h).byId(batchId)
                .orElseThrow(() -> new Refused("That mail batch does not exist."));
        if (b.finished()) {
            throw new Refused("Mail batch " + b.batchNo() + " is already finished.");
        }
        if (b.openedById() != actor.staff().id()) {
            throw new Refused("Mail batch " + b.batchNo() + " belongs to " + b.openedBy() + ": key into your own batch.");
        }
        return b;
    }
}
