package org.counterdesk.audit;

import java.util.List;
import java.util.function.Consumer;
import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/** SQL for the integrity check: reads the numbered records as stored, oldest first. */
final class IntegrityDao {

    /** A terminal: its id and the code its documents carry. */
    record TerminalRow(long id, String code) {
    }

    /** A numbered document: its number and the text printed on it. */
    record Numbered(long number, String text) {
    }

    /** A day closure's number and its grand total arithmetic, in cents. */
    record ClosureRow(long number, String closureNo, long previousGrandTotal, long period, long grandTotal) {
    }

    /** The numbered documents the check knows, each table with its columns. */
    enum Kind {
        RECEIPT("receipt", "receipt_no", "RECEIPT"),
        VOID("receipt_void", "void_no", "VOID");

        private final String table;
        private final String textColumn;
        private final String sequence;

        Kind(String table, String textColumn, String sequence) {
            this.table = table;
            this.textColumn = textColumn;
            this.sequence = sequence;
        }
    }

    private final Handle h;

    IntegrityDao(Handle h) {
        this.h = h;
    }

    List<TerminalRow> terminals() {
        return h.createQuery("SELECT id, code FROM terminal ORDER BY code")
                .map((rs, ctx) -> new TerminalRow(rs.getLong(1), rs.getString(2))).list();
    }

    /** Streams a terminal's documents of one kind in number order, without holding them all. */
    void numbers(Kind kind, long terminalId, Consumer<Numbered> each) {
        h.createQuery("SELECT number, " + kind.textColumn + " FROM " + kind.table + " WHERE terminal_id = :t ORDER BY number")
                .bind("t", terminalId).setFetchSize(1000)
                .map((rs, ctx) -> new Numbered(rs.getLong(1), rs.getString(2))).forEach(each);
    }

    /** The last number the terminal's counter has handed out for that kind. */
    long lastIssued(Kind kind, String terminalCode) {
        return DocSequences.last(h, terminalCode, kind.sequence);
    }

    /** The last day closure number the terminal's counter has handed out. */
    long lastClosureIssued(String terminalCode) {
        return DocSequences.last(h, terminalCode, "CLOSURE");
    }

    List<ClosureRow> closures(long terminalId) {
        return h.createQuery("SELECT number, closure_no, previous_grand_total_cents, period_total_cents, "
                        + "grand_total_cents FROM day_closure WHERE terminal_id = :t ORDER BY number")
                .bind("t", terminalId)
                .map((rs, ctx) -> new ClosureRow(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
    }
}
