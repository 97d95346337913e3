package org.counterdesk.drawer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/** SQL for drawers and drawer sessions. */
public final class DrawerDao {

    private static final String SESSION = "SELECT s.id, s.drawer_id, d.code, s.cashier_id, s.business_date, s.implicit_open "
            + "FROM drawer_session s JOIN drawer d ON d.id = s.drawer_id ";

    private final Handle h;

    public DrawerDao(Handle h) {
        this.h = h;
    }

    public long addDrawer(long terminalId, String code, String name, Money setFloat) {
        return h.createUpdate("INSERT INTO drawer (terminal_id, code, name, float_cents) VALUES (:t, :code, :name, :setFloat)")
                .bind("t", terminalId).bind("code", code).bind("name", name).bind("setFloat", setFloat)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<Long> firstDrawer(long terminalId) {
        return h.createQuery("SELECT id FROM drawer WHERE terminal_id = :t ORDER BY id FETCH FIRST 1 ROWS ONLY")
                .bind("t", terminalId).mapTo(Long.class).findFirst();
    }

    Optional<DrawerSession> sessionFor(long cashierId, long terminalId, LocalDate date) {
        return h.createQuery(SESSION + "WHERE s.cashier_id = :c AND d.terminal_id = :t AND s.business_date = :date "
                        + "ORDER BY s.id DESC FETCH FIRST 1 ROWS ONLY")
                .bind("c", cashierId).bind("t", terminalId).bind("date", date)
                .map((rs, ctx) -> new DrawerSession(rs.getLong("id"), rs.getLong("drawer_id"), rs.getString("code"),
                        rs.getLong("cashier_id"), rs.getObject("business_date", LocalDate.class),
                        rs.getBoolean("implicit_open")))
                .findFirst();
    }

    Optional<DrawerSession> session(long id) {
        return h.createQuery(SESSION + "WHERE s.id = :id").bind("id", id)
                .map((rs, ctx) -> new DrawerSession(rs.getLong("id"), rs.getLong("drawer_id"), rs.getString("code"),
                        rs.getLong("cashier_id"), rs.getObject("business_date", LocalDate.class),
                        rs.getBoolean("implicit_open")))
                .findOne();
    }

    long openSession(long drawerId, long cashierId, LocalDate date, Instant at, boolean implicit) {
        return h.createUpdate("INSERT INTO drawer_session (drawer_id, cashier_id, business_date, opened_at, implicit_open) "
                        + "VALUES (:d, :c, :date, :at, :implicit)")
                .bind("d", drawerId).bind("c", cashierId).bind("date", date).bind("at", at.atOffset(ZoneOffset.UTC))
                .bind("implicit", implicit)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }
}
