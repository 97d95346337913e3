package org.counterdesk.banking;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for deposits: what was banked, from which sessions, in which notes, coins and cheques. */
record DepositDao(Handle h) {

    private static final String SELECT = "SELECT d.*, p.full_name AS preparer, c.full_name AS checker FROM deposit d "
            + "JOIN staff p ON p.id = d.prepared_by JOIN staff c ON c.id = d.checked_by ";

    /** Closed sessions not banked yet, oldest first: of the terminal {@code terminal}, or of the whole site if null. */
    List<Long> closedUnbanked(Long terminal) {
        return ids("SELECT s.id FROM drawer_session s JOIN session_close c ON c.session_id = s.id "
                + "WHERE NOT EXISTS (SELECT 1 FROM deposit_session d WHERE d.session_id = s.id)", terminal);
    }

    /** Sessions counted for their close but waiting for a supervisor's decision (or a recount), scoped likewise. */
    List<Long> awaitingDecision(Long terminal) {
        return ids("SELECT s.id FROM drawer_session s WHERE NOT s.implicit_open "
                + "AND NOT EXISTS (SELECT 1 FROM session_close c WHERE c.session_id = s.id) "
                + "AND EXISTS (SELECT 1 FROM cash_count k WHERE k.session_id = s.id AND k.purpose = 'CLOSE')", terminal);
    }

    /** Sessions not closed yet (open or counted), scoped likewise. */
    List<Long> unclosed(Long terminal) {
        return ids("SELECT s.id FROM drawer_session s WHERE NOT s.implicit_open "
                + "AND NOT EXISTS (SELECT 1 FROM session_close c WHERE c.session_id = s.id)", terminal);
    }

    /** The codes of the terminals whose drawers the sessions were in, for the journal. */
    List<String> terminalsOf(List<Long> sessionIds) {
        if (sessionIds.isEmpty()) {
            return List.of();
        }
        return h.createQuery("SELECT DISTINCT t.code FROM drawer_session s JOIN drawer w ON w.id = s.drawer_id "
                        + "JOIN terminal t ON t.id = w.terminal_id WHERE s.id IN (<ids>) ORDER BY t.code")
                .bindList("ids", sessionIds).mapTo(String.class).list();
    }

    private List<Long> ids(String where, Long terminal) {
        String scoped = terminal == null ? where
                : where + " AND EXISTS (SELECT 1 FROM drawer w WHERE w.id = s.drawer_id AND w.terminal_id = :t)";
        var query = h.createQuery(scoped + " ORDER BY s.id");
        if (terminal != null) {
            query.bind("t", terminal.longValue());
        }
        return query.mapTo(Long.class).list();
    }

    boolean referenceUsed(String reference) {
        return h.createQuery("SELECT COUNT(*) FROM deposit WHERE UPPER(reference) = UPPER(:r)").bind("r", reference)
                .mapTo(Integer.class).one() > 0;
    }

    boolean banked(long sessionId) {
        return h.createQuery("SELECT COUNT(*) FROM deposit_session WHERE session_id = :s").bind("s", sessionId)
                .mapTo(Integer.class).one() > 0;
    }

    long insert(long number, String depositNo, String reference, long terminalId, LocalDate date, Instant at,
                long preparedBy, long checkedBy, DepositPlan plan) {
        long id = h.createUpdate("INSERT INTO deposit (number, deposit_no, reference, terminal_id, business_date, "
                        + "prepared_at, prepared_by, checked_by, cash_cents, cheques_cents, money_orders_cents, total_cents, "
                        + "eftpos_cents) VALUES (:n, :no, :ref, :t, :date, :at, :p, :c, :cash, :cheques, :orders, :total, "
                        + ":eftpos)")
                .bind("n", number).bind("no", depositNo).bind("ref", reference).bind("t", terminalId).bind("date", date)
                .bind("at", at.atOffset(ZoneOffset.UTC)).bind("p", preparedBy).bind("c", checkedBy)
                .bind("cash", plan.cash().total()).bind("cheques", plan.cheques()).bind("orders", plan.moneyOrders())
                .bind("total", plan.total()).bind("eftpos", plan.eftpos())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        plan.sessions().forEach(s -> h.createUpdate("INSERT INTO deposit_session (deposit_id, session_id) VALUES (:d, :s)")
                .bind("d", id).bind("s", s.id()).execute());
        plan.cash().quantities().forEach((d, q) -> h.createUpdate("INSERT INTO deposit_line (deposit_id, denomination, "
                        + "quantity, value_cents) VALUES (:d, :den, :q, :v)")
                .bind("d", id).bind("den", d.name()).bind("q", q).bind("v", plan.cash().value(d)).execute());
        for (Instrument i : plan.instruments()) {
            h.createUpdate("INSERT INTO deposit_instrument (deposit_id, receipt_id, tender_line) VALUES (:d, :r, :l)")
                    .bind("d", id).bind("r", i.receiptId()).bind("l", i.tenderLine()).execute();
        }
        return id;
    }

    Optional<Deposit> byId(long id) {
        return h.createQuery(SELECT + "WHERE d.id = :id").bind("id", id).map((rs, ctx) -> deposit(rs)).findOne();
    }

    /** The deposits banked for a terminal's business day, in the order they were made. */
    List<Deposit> onDay(long terminalId, LocalDate date) {
        return h.createQuery(SELECT + "WHERE d.terminal_id = :t AND d.business_date = :day ORDER BY d.number")
                .bind("t", terminalId).bind("day", date).map((rs, ctx) -> deposit(rs)).list();
    }

    List<Deposit> all() {
        return h.createQuery(SELECT + "ORDER BY d.number DESC").map((rs, ctx) -> deposit(rs)).list();
    }

    List<Long> sessions(long depositId) {
        return h.createQuery("SELECT session_id FROM deposit_session WHERE deposit_id = :d ORDER BY session_id")
                .bind("d", depositId).mapTo(Long.class).list();
    }

    CashCount cash(long depositId) {
        Map<Denomination, Long> q = new EnumMap<>(Denomination.class);
        h.createQuery("SELECT denomination, quantity FROM deposit_line WHERE deposit_id = :d").bind("d", depositId)
                .map((rs, ctx) -> Map.entry(Denomination.valueOf(rs.getString(1)), rs.getLong(2)))
                .forEach(e -> q.put(e.getKey(), e.getValue()));
        return CashCount.of(q);
    }

    /** Keys ({@link Instrument#key()}) of the cheques and money orders in the deposit. */
    List<String> instrumentKeys(long depositId) {
        return h.createQuery("SELECT receipt_id, tender_line FROM deposit_instrument WHERE deposit_id = :d")
                .bind("d", depositId).map((rs, ctx) -> rs.getLong(1) + "/" + rs.getInt(2)).list();
    }

    /** The deposit holding a receipt's cheque, if it has been banked. */
    Optional<Long> depositOfInstrument(long receiptId, int tenderLine) {
        return h.createQuery("SELECT deposit_id FROM deposit_instrument WHERE receipt_id = :r AND tender_line = :l")
                .bind("r", receiptId).bind("l", tenderLine).mapTo(Long.class).findOne();
    }

    private static Deposit deposit(ResultSet rs) throws SQLException {
        return new Deposit(rs.getLong("id"), rs.getString("deposit_no"), rs.getString("reference"),
                rs.getObject("business_date", LocalDate.class),
                rs.getObject("prepared_at", OffsetDateTime.class).toInstant(), rs.getString("preparer"),
                rs.getString("checker"), cents(rs, "cash_cents"), cents(rs, "cheques_cents"),
                cents(rs, "money_orders_cents"), cents(rs, "total_cents"), cents(rs, "eftpos_cents"));
    }

    private static Money cents(ResultSet rs, String column) throws SQLException {
        return Money.ofCents(rs.getLong(column));
    }
}
