package org.counterdesk.drawer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/**
 * SQL for drawers and drawer sessions. A session's state is worked out from the records that
 * follow it (closing counts, decisions, the close), never stored and updated. Sessions of the
 * first version, opened implicitly without a count, count as closed.
 */
public record DrawerDao(Handle h) {

    private static final String LATEST_CLOSE_COUNT =
            "(SELECT MAX(k.id) FROM cash_count k WHERE k.session_id = s.id AND k.purpose = 'CLOSE')";
    private static final String STATE = "CASE WHEN s.implicit_open THEN 'CLOSED' "
            + "WHEN EXISTS (SELECT 1 FROM session_close c WHERE c.session_id = s.id) THEN 'CLOSED' "
            + "WHEN " + LATEST_CLOSE_COUNT + " IS NULL THEN 'OPEN' "
            + "WHEN EXISTS (SELECT 1 FROM variance_decision v WHERE v.count_id = " + LATEST_CLOSE_COUNT
            + " AND v.decision = 'RECOUNT') THEN 'RECOUNT' ELSE 'PENDING' END";
    private static final String SESSION = "SELECT s.id, s.drawer_id, d.code, s.cashier_id, p.full_name, s.business_date, "
            + "s.opened_at, s.set_float_cents, " + STATE + " AS state FROM drawer_session s "
            + "JOIN drawer d ON d.id = s.drawer_id JOIN staff p ON p.id = s.cashier_id ";
    private static final String DRAWER = "SELECT id, terminal_id, code, name, float_cents FROM drawer ";

    public long addDrawer(long terminalId, String code, String name, Money setFloat) {
        return h.createUpdate("INSERT INTO drawer (terminal_id, code, name, float_cents) VALUES (:t, :code, :name, :setFloat)")
                .bind("t", terminalId).bind("code", code).bind("name", name).bind("setFloat", setFloat)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Drawer set-up is master data: its name and float may change; sessions keep the float they opened with. */
    void changeDrawer(long drawerId, String name, Money setFloat) {
        h.createUpdate("UPDATE drawer SET name = :name, float_cents = :setFloat WHERE id = :id")
                .bind("name", name).bind("setFloat", setFloat).bind("id", drawerId).execute();
    }

    /** The drawers at the terminal that may be opened (retired drawers are left out). */
    List<Drawer> activeDrawers(long terminalId) {
        return h.createQuery(DRAWER + "WHERE terminal_id = :t AND active = TRUE ORDER BY code").bind("t", terminalId)
                .map((rs, ctx) -> drawer(rs)).list();
    }

    /** The ids of the terminal's retired drawers (the drawers import retires those it no longer lists). */
    Set<Long> retired(long terminalId) {
        return Set.copyOf(h.createQuery("SELECT id FROM drawer WHERE terminal_id = :t AND active = FALSE")
                .bind("t", terminalId).mapTo(Long.class).list());
    }

    boolean isActive(long drawerId) {
        return h.createQuery("SELECT active FROM drawer WHERE id = :id").bind("id", drawerId).mapTo(Boolean.class).one();
    }

    /** Retires or brings back a drawer; drawers are never deleted because sessions name them. */
    void setActive(long drawerId, boolean active) {
        h.createUpdate("UPDATE drawer SET active = :a WHERE id = :id").bind("a", active).bind("id", drawerId).execute();
    }

    List<Drawer> drawers(long terminalId) {
        return h.createQuery(DRAWER + "WHERE terminal_id = :t ORDER BY code").bind("t", terminalId)
                .map((rs, ctx) -> drawer(rs)).list();
    }

    Optional<Drawer> drawer(long id) {
        return h.createQuery(DRAWER + "WHERE id = :id").bind("id", id).map((rs, ctx) -> drawer(rs)).findOne();
    }

    Optional<Drawer> drawerByCode(String code) {
        return h.createQuery(DRAWER + "WHERE code = :code").bind("code", code).map((rs, ctx) -> drawer(rs)).findOne();
    }

    /** The code of the terminal the drawer belongs to. */
    String terminalCode(long drawerId) {
        return h.createQuery("SELECT t.code FROM drawer d JOIN terminal t ON t.id = d.terminal_id WHERE d.id = :d")
                .bind("d", drawerId).mapTo(String.class).one();
    }

    Optional<DrawerSession> session(long id) {
        return h.createQuery(SESSION + "WHERE s.id = :id").bind("id", id).map((rs, ctx) -> session(rs)).findOne();
    }

    /** Sessions of the cashier that are not closed (at most one, by the rules). */
    List<DrawerSession> unclosedFor(long cashierId) {
        // Without a derived table, so H2 keeps the parsed query between posts (it re-parsed it each time).
        return h.createQuery(SESSION + "WHERE s.cashier_id = :c AND " + STATE + " <> 'CLOSED' ORDER BY s.id")
                .bind("c", cashierId).map((rs, ctx) -> session(rs)).list();
    }

    /** Every session on this database that is not closed, oldest first. */
    List<DrawerSession> unclosedAll() {
        return h.createQuery("SELECT * FROM (" + SESSION + ") x WHERE x.state <> 'CLOSED' ORDER BY x.id")
                .map((rs, ctx) -> session(rs)).list();
    }

    /** Sessions of the drawer that are not closed (at most one, by the rules). */
    List<DrawerSession> unclosedOn(long drawerId) {
        return h.createQuery("SELECT * FROM (" + SESSION + "WHERE s.drawer_id = :d) x WHERE x.state <> 'CLOSED' "
                        + "ORDER BY x.id").bind("d", drawerId).map((rs, ctx) -> session(rs)).list();
    }

    /** The drawer's last closed session, whose kept float is offered as the next opening count. */
    Optional<Long> lastClosedSession(long drawerId) {
        return h.createQuery("SELECT MAX(s.id) FROM drawer_session s JOIN session_close c ON c.session_id = s.id "
                        + "WHERE s.drawer_id = :d").bind("d", drawerId).mapTo(Long.class).findOne();
    }

    /** The terminal's sessions opened on {@code date}, oldest first. */
    List<DrawerSession> sessionsOn(long terminalId, LocalDate date) {
        return h.createQuery(SESSION + "WHERE d.terminal_id = :t AND s.business_date = :date ORDER BY s.id")
                .bind("t", terminalId).bind("date", date).map((rs, ctx) -> session(rs)).list();
    }

    /** Locks the drawer's row for the rest of the transaction, so two openings cannot race. */
    void lockDrawer(long drawerId) {
        h.createQuery("SELECT id FROM drawer WHERE id = :id FOR UPDATE").bind("id", drawerId).mapTo(Long.class).one();
    }

    long openSession(long drawerId, long cashierId, LocalDate date, Instant at, Money setFloat) {
        return h.createUpdate("INSERT INTO drawer_session (drawer_id, cashier_id, business_date, opened_at, implicit_open, "
                        + "set_float_cents) VALUES (:d, :c, :date, :at, FALSE, :setFloat)")
                .bind("d", drawerId).bind("c", cashierId).bind("date", date).bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("setFloat", setFloat)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static Drawer drawer(ResultSet rs) throws SQLException {
        return new Drawer(rs.getLong("id"), rs.getLong("terminal_id"), rs.getString("code"), rs.getString("name"),
                Money.ofCents(rs.getLong("float_cents")));
    }

    private static DrawerSession session(ResultSet rs) throws SQLException {
        long setFloat = rs.getLong("set_float_cents");
        Money floatOrNull = rs.wasNull() ? null : Money.ofCents(setFloat);
        return new DrawerSession(rs.getLong("id"), rs.getLong("drawer_id"), rs.getString("code"),
                rs.getLong("cashier_id"), rs.getString("full_name"), rs.getObject("business_date", LocalDate.class),
                rs.getObject("opened_at", OffsetDateTime.class).toInstant(), floatOrNull,
                SessionState.valueOf(rs.getString("state")));
    }
}
