package org.counterdesk.frontdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * The columns a front desk row (a visit, an expected visit, a delivery) names its host or
 * recipient with, a person ({@code host_id}) or else a business unit ({@code unit_id}): the
 * same joins and the same reading back for each, so the desk describes a contact one way.
 */
public final class ContactColumns {

    /** What de-identification writes over a name. */
    public static final String REMOVED = "(removed)";

    private ContactColumns() {
    }

    /** The select-list columns of the contact, for a query that adds {@link #joins} on its row. */
    public static String columns() {
        return "h.full_name AS host_name, h.email AS host_email, h.extension AS host_extension, hu.name AS host_unit, "
                + "u.name AS unit_name, u.email AS unit_email, u.phone AS unit_phone";
    }

    /** The joins from {@code row} (the table's alias in the query) to its host or unit. */
    public static String joins(String row) {
        return "LEFT JOIN host h ON h.id = " + row + ".host_id LEFT JOIN business_unit hu ON hu.id = h.unit_id "
                + "LEFT JOIN business_unit u ON u.id = " + row + ".unit_id ";
    }

    /** The contact of the current row: a person (host_* columns) or, when there is none, a business unit. */
    public static Contact contact(ResultSet rs) throws SQLException {
        long hostId = rs.getLong("host_id");
        boolean person = !rs.wasNull();
        return person
                ? Contact.person(hostId, rs.getString("host_name"), rs.getString("host_unit"), rs.getString("host_email"),
                        rs.getString("host_extension"))
                : Contact.unit(rs.getLong("unit_id"), rs.getString("unit_name"), rs.getString("unit_email"),
                        rs.getString("unit_phone"));
    }

    /** A timestamp column read back as an instant, or null. */
    public static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
