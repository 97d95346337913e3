package org.counterdesk.visitors;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactColumns;
import org.counterdesk.frontdesk.ContactRef;
import org.jdbi.v3.core.Handle;

/**
 * SQL for visitors registered ahead. A row is cancelled by stamping it, never deleted; its
 * personal columns are only ever overwritten by {@link #deidentifyBefore}.
 */
record ExpectedVisitDao(Handle h) {

    private static final String SELECT = "SELECT e.id, e.expected_on, e.visitor_name, e.organisation, e.purpose, "
            + "e.host_id, e.unit_id, e.cancelled_at, " + ContactColumns.columns() + ", v.id AS visit_id "
            + "FROM expected_visit e " + ContactColumns.joins("e") + "LEFT JOIN visit v ON v.expected_id = e.id ";

    long insert(LocalDate date, String name, String organisation, String purpose, ContactRef host, long staffId,
                Instant at) {
        return h.createUpdate("INSERT INTO expected_visit (expected_on, visitor_name, organisation, purpose, "
                        + "host_id, unit_id, added_by, added_at) VALUES (:date, :name, :org, :purpose, :host, :unit, :by, :at)")
                .bind("date", date).bind("name", name).bind("org", organisation).bind("purpose", purpose)
                .bind("host", host.hostId()).bind("unit", host.unitId()).bind("by", staffId)
                .bind("at", VisitDao.utc(at)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    Optional<ExpectedVisit> byId(long id) {
        return h.createQuery(SELECT + "WHERE e.id = :id").bind("id", id).map((rs, ctx) -> expected(rs)).findOne();
    }

    /** Those expected from {@code first} to {@code last} inclusive and not cancelled, by day then name. */
    List<ExpectedVisit> between(LocalDate first, LocalDate last) {
        return h.createQuery(SELECT + "WHERE e.expected_on BETWEEN :first AND :last AND e.cancelled_at IS NULL "
                        + "ORDER BY e.expected_on, e.visitor_name, e.id")
                .bind("first", first).bind("last", last).map((rs, ctx) -> expected(rs)).list();
    }

    /** Stamps the visit cancelled; false if it already was. */
    boolean cancel(long id, Instant at) {
        return h.createUpdate("UPDATE expected_visit SET cancelled_at = :at WHERE id = :id AND cancelled_at IS NULL")
                .bind("at", VisitDao.utc(at)).bind("id", id).execute() > 0;
    }

    /** Replaces the personal details of visits expected before {@code date}; returns how many. */
    int deidentifyBefore(LocalDate date, Instant now) {
        return h.createUpdate("UPDATE expected_visit SET visitor_name = :removed, organisation = NULL, "
                        + "purpose = NULL, deidentified_at = :now WHERE expected_on < :date AND deidentified_at IS NULL")
                .bind("removed", ContactColumns.REMOVED).bind("now", VisitDao.utc(now)).bind("date", date).execute();
    }

    private static ExpectedVisit expected(ResultSet rs) throws SQLException {
        Contact host = ContactColumns.contact(rs);
        long visit = rs.getLong("visit_id");
        Long visitId = rs.wasNull() ? null : visit;
        return new ExpectedVisit(rs.getLong("id"), rs.getObject("expected_on", LocalDate.class),
                rs.getString("visitor_name"), rs.getString("organisation"), rs.getString("purpose"), host, visitId,
                rs.getObject("cancelled_at", OffsetDateTime.class) != null);
    }
}
