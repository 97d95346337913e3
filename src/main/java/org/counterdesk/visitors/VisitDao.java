package org.counterdesk.visitors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactColumns;
import org.counterdesk.frontdesk.ContactRef;
import org.jdbi.v3.core.Handle;

/**
 * SQL for visits, sign-outs and the badges in use. Visit rows are written once; the only
 * UPDATE of their personal columns is {@link #deidentifyBefore}.
 */
record VisitDao(Handle h) {

    private static final String SELECT = "SELECT v.id, v.business_date, v.visitor_name, v.organisation, v.purpose, "
            + "v.vehicle_rego, v.host_id, v.unit_id, v.badge_number, v.expected_id, v.signed_in_at, v.deidentified_at, "
            + ContactColumns.columns() + ", o.signed_out_at, o.automatic, st.full_name AS signed_in_by_name "
            + "FROM visit v " + ContactColumns.joins("v") + "LEFT JOIN visit_sign_out o ON o.visit_id = v.id "
            + "JOIN staff st ON st.id = v.signed_in_by ";

    long insert(long terminalId, LocalDate businessDate, String name, String organisation, String purpose, String vehicle,
                ContactRef host, int badge, Long expectedId, Instant at, long staffId, Long approvedBy) {
        return h.createUpdate("INSERT INTO visit (terminal_id, business_date, visitor_name, organisation, purpose, "
                        + "vehicle_rego, host_id, unit_id, badge_number, expected_id, signed_in_at, signed_in_by, approved_by) "
                        + "VALUES (:terminal, :date, :name, :org, :purpose, :vehicle, :host, :unit, :badge, :expected, :at, "
                        + ":by, :approvedBy)")
                .bind("terminal", terminalId).bind("date", businessDate).bind("name", name).bind("org", organisation)
                .bind("purpose", purpose).bind("vehicle", vehicle).bind("host", host.hostId()).bind("unit", host.unitId())
                .bind("badge", badge).bind("expected", expectedId).bind("at", utc(at)).bind("by", staffId)
                .bind("approvedBy", approvedBy)
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void takeBadge(int badge, long visitId) {
        h.createUpdate("INSERT INTO badge_in_use (badge_number, visit_id) VALUES (:badge, :visit)")
                .bind("badge", badge).bind("visit", visitId).execute();
    }

    void returnBadge(long visitId) {
        h.createUpdate("DELETE FROM badge_in_use WHERE visit_id = :visit").bind("visit", visitId).execute();
    }

    List<Integer> badgesInUse() {
        return h.createQuery("SELECT badge_number FROM badge_in_use ORDER BY badge_number").mapTo(Integer.class).list();
    }

    void signOut(long visitId, Instant at, Long staffId, boolean automatic) {
        h.createUpdate("INSERT INTO visit_sign_out (visit_id, signed_out_at, signed_out_by, automatic) "
                        + "VALUES (:visit, :at, :by, :auto)")
                .bind("visit", visitId).bind("at", utc(at)).bind("by", staffId).bind("auto", automatic).execute();
    }

    Optional<Visit> byId(long id) {
        return h.createQuery(SELECT + "WHERE v.id = :id").bind("id", id).map((rs, ctx) -> visit(rs)).findOne();
    }

    Optional<Visit> onSiteWithBadge(int badge) {
        return h.createQuery(SELECT + "JOIN badge_in_use b ON b.visit_id = v.id WHERE b.badge_number = :badge")
                .bind("badge", badge).map((rs, ctx) -> visit(rs)).findOne();
    }

    List<Visit> onSite() {
        return h.createQuery(SELECT + "WHERE o.visit_id IS NULL ORDER BY v.badge_number, v.id")
                .map((rs, ctx) -> visit(rs)).list();
    }

    List<Visit> onDate(LocalDate date) {
        return h.createQuery(SELECT + "WHERE v.business_date = :date ORDER BY v.signed_in_at DESC, v.id DESC")
                .bind("date", date).map((rs, ctx) -> visit(rs)).list();
    }

    /** The latest business date before {@code date} on which anyone visited. */
    Optional<LocalDate> lastDateBefore(LocalDate date) {
        return h.createQuery("SELECT MAX(business_date) FROM visit WHERE business_date < :date").bind("date", date)
                .mapTo(LocalDate.class).findOne();
    }

    List<Visit> automaticallySignedOutOn(LocalDate date) {
        return h.createQuery(SELECT + "WHERE v.business_date = :date AND o.automatic = TRUE ORDER BY v.badge_number")
                .bind("date", date).map((rs, ctx) -> visit(rs)).list();
    }

    /** Replaces the personal details of visits that began before {@code cutoff}; returns how many. */
    int deidentifyBefore(Instant cutoff, Instant now) {
        return h.createUpdate("UPDATE visit SET visitor_name = :removed, organisation = NULL, purpose = NULL, "
                        + "vehicle_rego = NULL, deidentified_at = :now WHERE signed_in_at < :cutoff AND deidentified_at IS NULL")
                .bind("removed", ContactColumns.REMOVED).bind("now", utc(now)).bind("cutoff", utc(cutoff)).execute();
    }

    static OffsetDateTime utc(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Visit visit(ResultSet rs) throws SQLException {
        Contact host = ContactColumns.contact(rs);
        long expected = rs.getLong("expected_id");
        Long expectedId = rs.wasNull() ? null : expected;
        return new Visit(rs.getLong("id"), rs.getObject("business_date", LocalDate.class), rs.getString("visitor_name"),
                rs.getString("organisation"), rs.getString("purpose"), rs.getString("vehicle_rego"), host,
                rs.getInt("badge_number"), expectedId, ContactColumns.instant(rs, "signed_in_at"), rs.getString("signed_in_by_name"),
                ContactColumns.instant(rs, "signed_out_at"), rs.getBoolean("automatic"), ContactColumns.instant(rs, "deidentified_at") != null);
    }
}
