package org.counterdesk.receipting;

import java.util.List;
import java.util.Optional;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Jdbi;

/** Finding posted receipts, and journaling their reprints. */
public record ReceiptBook(Jdbi jdbi, CounterSetup counter, Journal journal) {

    /** Today's receipts at this terminal matching number, reference, payer or cheque number; newest first. */
    public List<Receipt> today(Actor actor, String text) {
        return jdbi.withHandle(h -> new ReceiptDao(h).search(actor.terminal().id(), counter.businessDate(), text));
    }

    public Optional<Receipt> byNumber(String receiptNo) {
        return jdbi.withHandle(h -> new ReceiptDao(h).byNumber(receiptNo));
    }

    /** Records that a copy is being printed; the copy must say COPY. Returns the copy's number (1 for the first). */
    public int recordReprint(Actor actor, Receipt receipt) {
        return jdbi.inTransaction(h -> {
            int copies = journal.count(h, "RECEIPT_REPRINTED", "receipt", receipt.receiptNo());
            journal.append(h, JournalEvent.of("RECEIPT_REPRINTED", actor.staffNumber(), actor.terminalCode(), "receipt",
                    receipt.receiptNo()).with("copy", copies + 1));
            return copies + 1;
        });
    }
}
