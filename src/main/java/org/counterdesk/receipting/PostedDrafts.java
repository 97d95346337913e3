package org.counterdesk.receipting;

import java.util.Optional;
import java.util.UUID;
import org.counterdesk.common.Refused;
import org.counterdesk.store.Database;
import org.counterdesk.store.StorageException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What became of a post that reported a failure. A failure can come after the commit (the
 * process stopping, the connection lost), so "nothing was saved" is said only once the draft's
 * id is looked up and not found; a draft that was saved gives its receipt back, and when the
 * database cannot be asked, the message says posting again is safe.
 */
final class PostedDrafts {

    static final String NOT_SAVED = "post the receipt; nothing was saved and no number was used";
    static final String UNKNOWN = " It may or may not have been saved: post again; the same draft can never make a "
            + "second receipt.";
    /** After a restart the draft is gone, so posting it again is no longer the safe way to find out. */
    static final String UNKNOWN_STOPPED = " It may or may not have been saved: after the restart, look for it in "
            + "today's receipts before taking the payment again.";
    private static final Logger LOG = LoggerFactory.getLogger(PostedDrafts.class);

    private PostedDrafts() {
    }

    /**
     * {@code receipt}, the one {@code draft} made, unless the draft was changed after that post
     * (keyed on after a failure whose outcome was unknown): then the receipt stands as it was and
     * the change is refused, so nothing added to the draft is ever taken as paid.
     */
    static Receipt sameAs(ReceiptDraft draft, Receipt receipt) {
        if (!receipt.total().equals(draft.total()) || receipt.lines().size() != draft.lines().size()) {
            throw new Refused("This draft was already posted as " + receipt.receiptNo() + " (" + receipt.total().format()
                    + ") before it was changed; that receipt stands. Start a new receipt (Ctrl+N) for the change.");
        }
        return receipt;
    }

    /** The id of the receipt {@code draftId} made despite {@code failure}; throws, worded as known, if none. */
    static long afterFailure(Database database, UUID draftId, RuntimeException reported) {
        // The ledger words its failures already; the reason to word again is the one underneath.
        RuntimeException failure = reported instanceof StorageException && reported.getCause() instanceof RuntimeException
                ? (RuntimeException) reported.getCause() : reported;
        Optional<Long> saved;
        try {
            saved = database.jdbi().withHandle(h -> new ReceiptDao(h).idByDraft(draftId));
        } catch (RuntimeException unreachable) {
            failure.addSuppressed(unreachable);
            StorageException worded = StorageException.of(failure, "post the receipt");
            throw new StorageException(worded.getMessage() + (StorageException.stopped(failure) ? UNKNOWN_STOPPED
                    : UNKNOWN), failure);
        }
        if (saved.isEmpty()) {
            throw StorageException.of(failure, NOT_SAVED);
        }
        LOG.warn("A post of draft {} reported a failure, but the receipt was saved (id {}); it is shown as posted",
                draftId, saved.get(), failure);
        // The failure may have come before the commit reached the disk: a receipt is forced there before it prints.
        database.forceToDisk();
        return saved.get();
    }
}
