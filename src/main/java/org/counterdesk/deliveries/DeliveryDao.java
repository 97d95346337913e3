package org.counterdesk.deliveries;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.counterdesk.frontdesk.ContactColumns;
import org.counterdesk.frontdesk.ContactRef;
import org.jdbi.v3.core.Handle;

/** SQL for deliveries and their collection. Both are written once; collectors' names are de-identified later. */
record DeliveryDao(Handle h) {

    private static final String SELECT = "SELECT d.id, d.business_date, d.carrier, d.consignment, d.items, d.host_id, "
            + "d.unit_id, d.received_at, st.full_name AS received_by_name, " + ContactColumns.columns()
            + ", c.collected_by, c.collected_at FROM delivery d JOIN staff st ON st.id = d.received_by "
            + ContactColumns.joins("d") + "LEFT JOIN delivery_collection c ON c.delivery_id = d.id ";

    long insert(long terminalId, LocalDate date, String carrier, String consignment, int items, ContactRef to,
                long staffId, Instant at) {
        return h.createUpdate("INSERT INTO delivery (terminal_id, business_date, carrier, consignment, items, host_id, "
                        + "unit_id, received_by, received_at) VALUES (:terminal, :date, :carrier, :consignment, :items, "
                        + ":host, :unit, :by, :at)")
                .bind("terminal", terminalId).bind("date", date).bind("carrier", carrier).bind("consignment", consignment)
                .bind("items", items).bind("host", to.hostId()).bind("unit", to.unitId()).bind("by", staffId)
                .bind("at", at.atOffset(ZoneOffset.UTC)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void collect(long id, String collectedBy, long staffId, Instant at) {
        h.createUpdate("INSERT INTO delivery_collection (delivery_id, collected_by, collected_at, recorded_by) "
                        + "VALUES (:id, :who, :at, :by)")
                .bind("id", id).bind("who", collectedBy).bind("at", at.atOffset(ZoneOffset.UTC)).bind("by", staffId)
                .execute();
    }

    Optional<Delivery> byId(long id) {
        return h.createQuery(SELECT + "WHERE d.id = :id").bind("id", id).map((rs, ctx) -> delivery(rs)).findOne();
    }

    List<Delivery> uncollected() {
        return h.createQuery(SELECT + "WHERE c.delivery_id IS NULL ORDER BY d.received_at, d.id")
                .map((rs, ctx) -> delivery(rs)).list();
    }

    List<Delivery> onDate(LocalDate date) {
        return h.createQuery(SELECT + "WHERE d.business_date = :date ORDER BY d.received_at DESC, d.id DESC")
                .bind("date", date).map((rs, ctx) -> delivery(rs)).list();
    }

    Optional<Delivery> uncollectedWithConsignment(String consignment) {
        return h.createQuery(SELECT + "WHERE c.delivery_id IS NULL AND UPPER(d.consignment) = UPPER(:c)")
                .bind("c", consignment).setMaxRows(1).map((rs, ctx) -> delivery(rs)).findFirst();
    }

    int deidentifyCollectionsBefore(Instant cutoff, Instant now) {
        return h.createUpdate("UPDATE delivery_collection SET collected_by = :removed, deidentified_at = :now "
                        + "WHERE collected_at < :cutoff AND deidentified_at IS NULL")
                .bind("removed", ContactColumns.REMOVED).bind("now", now.atOffset(ZoneOffset.UTC))
                .bind("cutoff", cutoff.atOffset(ZoneOffset.UTC)).execute();
    }

    private static Delivery delivery(ResultSet rs) throws SQLException {
        return new Delivery(rs.getLong("id"), rs.getObject("business_date", LocalDate.class), rs.getString("carrier"),
                rs.getString("consignment"), rs.getInt("items"), ContactColumns.contact(rs), rs.getString("received_by_name"),
                ContactColumns.instant(rs, "received_at"), rs.getString("collected_by"),
                ContactColumns.instant(rs, "collected_at"));
    }
}
