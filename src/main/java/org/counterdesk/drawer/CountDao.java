package org.counterdesk.drawer;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for counts of notes and coins, the float kept with a closing count, and the instruments ticked. */
record CountDao(Handle h) {

    long insert(long sessionId, String purpose, long countedBy, Instant at, CashCount count, Money eftposSettlement) {
        long id = h.createUpdate("INSERT INTO cash_count (session_id, purpose, counted_at, counted_by, total_cents, "
                        + "eftpos_settlement_cents) VALUES (:s, :purpose, :at, :by, :total, :eftpos)")
                .bind("s", sessionId).bind("purpose", purpose).bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("by", countedBy).bind("total", count.total())
                .bind("eftpos", eftposSettlement == null ? null : eftposSettlement.cents())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        insertLines("cash_count_line", id, count);
        return id;
    }

    void insertKeptFloat(long countId, CashCount kept) {
        insertLines("kept_float_line", countId, kept);
    }

    void insertInstruments(long countId, Iterable<Instrument> expected, Set<String> present) {
        for (Instrument i : expected) {
            h.createUpdate("INSERT INTO count_instrument (count_id, receipt_id, tender_line, present) "
                            + "VALUES (:c, :r, :line, :present)")
                    .bind("c", countId).bind("r", i.receiptId()).bind("line", i.tenderLine())
                    .bind("present", present.contains(i.key())).execute();
        }
    }

    CashCount lines(long countId) {
        return read("cash_count_line", countId);
    }

    CashCount keptFloat(long countId) {
        return read("kept_float_line", countId);
    }

    Optional<Long> latest(long sessionId, String purpose) {
        return h.createQuery("SELECT MAX(id) FROM cash_count WHERE session_id = :s AND purpose = :p")
                .bind("s", sessionId).bind("p", purpose).mapTo(Long.class).findOne();
    }

    List<Long> ids(long sessionId, String purpose) {
        return h.createQuery("SELECT id FROM cash_count WHERE session_id = :s AND purpose = :p ORDER BY id")
                .bind("s", sessionId).bind("p", purpose).mapTo(Long.class).list();
    }

    int countOf(long sessionId, String purpose) {
        return h.createQuery("SELECT COUNT(*) FROM cash_count WHERE session_id = :s AND purpose = :p")
                .bind("s", sessionId).bind("p", purpose).mapTo(Integer.class).one();
    }

    Optional<Money> eftposSettlement(long countId) {
        return h.createQuery("SELECT eftpos_settlement_cents FROM cash_count WHERE id = :id").bind("id", countId)
                .mapTo(Long.class).findOne().map(Money::ofCents);
    }

    /** Keys ({@link Instrument#key()}) of the instruments ticked present in a closing count. */
    Set<String> present(long countId) {
        return Set.copyOf(h.createQuery("SELECT receipt_id, tender_line FROM count_instrument WHERE count_id = :c AND present")
                .bind("c", countId).map((rs, ctx) -> rs.getLong(1) + "/" + rs.getInt(2)).list());
    }

    private void insertLines(String table, long countId, CashCount count) {
        count.quantities().forEach((d, q) -> h.createUpdate("INSERT INTO " + table
                        + " (count_id, denomination, quantity, value_cents) VALUES (:c, :d, :q, :v)")
                .bind("c", countId).bind("d", d.name()).bind("q", q).bind("v", count.value(d)).execute());
    }

    private CashCount read(String table, long countId) {
        Map<Denomination, Long> q = new EnumMap<>(Denomination.class);
        h.createQuery("SELECT denomination, quantity FROM " + table + " WHERE count_id = :c").bind("c", countId)
                .map((rs, ctx) -> Map.entry(Denomination.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> q.put(e.getKey(), e.getValue()));
        return CashCount.of(q);
    }
}
