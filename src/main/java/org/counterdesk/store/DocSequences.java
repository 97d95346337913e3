package org.counterdesk.store;

import org.jdbi.v3.core.Handle;

/**
 * Gapless document numbers (receipts, voids, batches). The counter row is advanced inside the
 * caller's transaction: its row lock makes concurrent callers wait their turn, and a rollback
 * returns the number, so numbers have no gaps and no duplicates. Identity columns are never
 * used for this because a rolled-back insert still consumes their value.
 */
public final class DocSequences {

    private DocSequences() {
    }

    /** The next number for {@code kind} within {@code scope} (a terminal code, or the site). */
    public static long next(Handle handle, String scope, String kind) {
        int advanced = handle.createUpdate(
                        "UPDATE doc_sequence SET last_value = last_value + 1 WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).execute();
        if (advanced == 0) {
            handle.createUpdate("INSERT INTO doc_sequence (scope, kind, last_value) VALUES (:scope, :kind, 1)")
                    .bind("scope", scope).bind("kind", kind).execute();
            return 1;
        }
        return handle.createQuery("SELECT last_value FROM doc_sequence WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).mapTo(Long.class).one();
    }

    /** The last number issued, or 0 if none has been. */
    public static long last(Handle handle, String scope, String kind) {
        return handle.createQuery("SELECT last_value FROM doc_sequence WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).mapTo(Long.class).findOne().orElse(0L);
    }
}
