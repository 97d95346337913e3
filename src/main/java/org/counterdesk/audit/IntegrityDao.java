package org.counterdesk.audit;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongPredicate;
import java.util.function.Consumer;
import org.counterdesk.seal.SealSpec;
import org.counterdesk.store.DocSequences;
import org.jdbi.v3.core.Handle;

/** SQL for the integrity check: reads the numbered records as stored, oldest first. */
record IntegrityDao(Handle h) {

    /** A terminal: its id and the code its documents carry. */
    record TerminalRow(long id, String code) {
    }

    /** A numbered document: its number and the text printed on it. */
    record Numbered(long number, String text) {
    }

    /** A journal head kept somewhere, and what kept it (a closure, a batch). */
    record Head(String holder, String hash) {
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

    /** The main row of a sealed record, by column name, if it is there. */
    Optional<Map<String, Object>> mainRow(SealSpec spec, long key) {
        SealSpec.Part main = spec.main();
        return h.createQuery("SELECT * FROM " + main.table() + " WHERE " + spec.keyColumn() + " = :key")
                .bind("key", key).mapToMap().findFirst().map(SealRows::lowerCaseKeys);
    }

    /** The label of the first record of {@code spec}, in key order, that {@code sealed} does not hold. */
    Optional<String> firstUnsealed(SealSpec spec, LongPredicate sealed) {
        String sql = "SELECT " + spec.keyColumn() + ", " + spec.labelColumn() + " FROM " + spec.main().table()
                + " WHERE " + spec.scope() + " ORDER BY " + spec.keyColumn();
        try (var rows = h.createQuery(sql).setFetchSize(1000)
                .map((rs, ctx) -> new Numbered(rs.getLong(1), rs.getString(2))).stream()) {
            return rows.filter(r -> !sealed.test(r.number())).map(Numbered::text).findFirst();
        }
    }

    /** The hash of the entry that recorded a day closure ({@code DAY_CLOSED}), with its number. */
    Optional<Numbered> closureEntry(String closureNo) {
        return h.createQuery("SELECT seq, hash FROM journal WHERE event = 'DAY_CLOSED' AND subject_type = 'day_closure' "
                        + "AND subject_id = :no ORDER BY seq FETCH FIRST 1 ROWS ONLY")
                .bind("no", closureNo).map((rs, ctx) -> new Numbered(rs.getLong(1), rs.getString(2))).findFirst();
    }

    /** Each day closure's number and the journal head it recorded, oldest first. */
    List<Head> closureHeads() {
        return h.createQuery("SELECT closure_no, journal_head FROM day_closure ORDER BY terminal_id, number")
                .map((rs, ctx) -> new Head(rs.getString(1), rs.getString(2))).list();
    }

    /** The journal heads finance echoed in its acknowledgements, with the batch each came with. */
    List<Head> acknowledgedHeads() {
        return h.createQuery("SELECT b.batch_no, e.journal_head FROM batch_event e JOIN export_batch b ON b.id = e.batch_id "
                        + "WHERE e.journal_head IS NOT NULL ORDER BY e.id")
                .map((rs, ctx) -> new Head(rs.getString(1), rs.getString(2))).list();
    }

    /** The entry whose hash is {@code hash}, if the chain holds one. */
    Optional<Long> seqOfHash(String hash) {
        return h.createQuery("SELECT seq FROM journal WHERE hash = :h").bind("h", hash).mapTo(Long.class).findFirst();
    }
}
