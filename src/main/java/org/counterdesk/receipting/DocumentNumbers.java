package org.counterdesk.receipting;

import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/**
 * The numbers printed on documents, per terminal and gapless: receipts {@code CD01-000042},
 * voids {@code CD01-V000003}, mail batches {@code CD01-M0007}. Past the padding the number
 * simply grows.
 */
public enum DocumentNumbers {
    RECEIPT("RECEIPT", "", 6),
    VOID("VOID", "V", 6),
    MAIL_BATCH("MAIL_BATCH", "M", 4);

    private final String kind;
    private final String marker;
    private final int digits;

    DocumentNumbers(String kind, String marker, int digits) {
        this.kind = kind;
        this.marker = marker;
        this.digits = digits;
    }

    /** A number allocated inside the caller's transaction, with its printed form. */
    public record Allocated(long number, String text) {
    }

    public Allocated next(Handle h, String terminalCode) {
        long n = DocSequences.next(h, terminalCode, kind);
        return new Allocated(n, format(terminalCode, n));
    }

    public String format(String terminalCode, long number) {
        return terminalCode + "-" + marker + String.format("%0" + digits + "d", number);
    }
}
