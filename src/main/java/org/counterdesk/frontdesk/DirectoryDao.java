package org.counterdesk.frontdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the directory: hosts and business units. Entries are deactivated, never deleted. */
record DirectoryDao(Handle h) {

    private static final String HOST_COLUMNS = "h.id, h.full_name, h.staff_number, h.email, h.extension, h.unit_id, "
            + "u.name AS unit_name, h.active";

    List<Host> hosts() {
        return h.createQuery("SELECT " + HOST_COLUMNS + " FROM host h LEFT JOIN business_unit u ON u.id = h.unit_id "
                + "ORDER BY h.full_name, h.id").map((rs, ctx) -> host(rs)).list();
    }

    Optional<Host> host(long id) {
        return h.createQuery("SELECT " + HOST_COLUMNS + " FROM host h LEFT JOIN business_unit u ON u.id = h.unit_id "
                + "WHERE h.id = :id").bind("id", id).map((rs, ctx) -> host(rs)).findOne();
    }

    List<BusinessUnit> units() {
        return h.createQuery("SELECT id, name, email, phone, active FROM business_unit ORDER BY name")
                .map((rs, ctx) -> unit(rs)).list();
    }

    Optional<BusinessUnit> unit(long id) {
        return h.createQuery("SELECT id, name, email, phone, active FROM business_unit WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> unit(rs)).findOne();
    }

    Optional<BusinessUnit> unitNamed(String name) {
        return h.createQuery("SELECT id, name, email, phone, active FROM business_unit WHERE LOWER(name) = LOWER(:name)")
                .bind("name", name).map((rs, ctx) -> unit(rs)).findOne();
    }

    long insertHost(String name, String staffNumber, String email, String extension, Long unitId, Instant at) {
        return h.createUpdate("INSERT INTO host (full_name, staff_number, email, extension, unit_id, active, created_at) "
                        + "VALUES (:name, :number, :email, :ext, :unit, TRUE, :at)")
                .bind("name", name).bind("number", staffNumber).bind("email", email).bind("ext", extension)
                .bind("unit", unitId).bind("at", at.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void updateHost(long id, String name, String staffNumber, String email, String extension, Long unitId) {
        h.createUpdate("UPDATE host SET full_name = :name, staff_number = :number, email = :email, extension = :ext, "
                        + "unit_id = :unit WHERE id = :id")
                .bind("name", name).bind("number", staffNumber).bind("email", email).bind("ext", extension)
                .bind("unit", unitId).bind("id", id).execute();
    }

    long insertUnit(String name, String email, String phone, Instant at) {
        return h.createUpdate("INSERT INTO business_unit (name, email, phone, active, created_at) "
                        + "VALUES (:name, :email, :phone, TRUE, :at)")
                .bind("name", name).bind("email", email).bind("phone", phone).bind("at", at.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    void updateUnit(long id, String name, String email, String phone) {
        h.createUpdate("UPDATE business_unit SET name = :name, email = :email, phone = :phone WHERE id = :id")
                .bind("name", name).bind("email", email).bind("phone", phone).bind("id", id).execute();
    }

    void setHostActive(long id, boolean active) {
        h.createUpdate("UPDATE host SET active = :a WHERE id = :id").bind("a", active).bind("id", id).execute();
    }

    void setUnitActive(long id, boolean active) {
        h.createUpdate("UPDATE business_unit SET active = :a WHERE id = :id").bind("a", active).bind("id", id).execute();
    }

    private static Host host(ResultSet rs) throws SQLException {
        long unit = rs.getLong("unit_id");
        Long unitId = rs.wasNull() ? null : unit;
        return new Host(rs.getLong("id"), rs.getString("full_name"), rs.getString("staff_number"), rs.getString("email"),
                rs.getString("extension"), unitId, rs.getString("unit_name"), rs.getBoolean("active"));
    }

    private static BusinessUnit unit(ResultSet rs) throws SQLException {
        return new BusinessUnit(rs.getLong("id"), rs.getString("name"), rs.getString("email"), rs.getString("phone"),
                rs.getBoolean("active"));
    }
}
