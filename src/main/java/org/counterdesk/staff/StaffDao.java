package org.counterdesk.staff;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;

/**
 * SQL for staff. Staff rows are master data: updated for PIN, lock, active state, name and roles,
 * never deleted. A NULL PIN hash means no PIN has been set yet.
 */
record StaffDao(Handle h) {

    private static final String COLUMNS =
            "id, staff_number, full_name, is_cashier, is_supervisor, is_administrator, active, locked";

    long insert(String number, String name, EnumSet<Role> roles, String pinHash, Instant at) {
        return h.createUpdate("INSERT INTO staff (staff_number, full_name, pin_hash, is_cashier, is_supervisor, "
                        + "is_administrator, active, failed_attempts, locked, created_at) VALUES (:number, :name, :hash, "
                        + ":cashier, :supervisor, :admin, TRUE, 0, FALSE, :at)")
                .bind("number", number).bind("name", name).bind("hash", pinHash)
                .bind("cashier", roles.contains(Role.CASHIER))
                .bind("supervisor", roles.contains(Role.SUPERVISOR))
                .bind("admin", roles.contains(Role.ADMINISTRATOR))
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Changes the name and roles of a person (the staff directory import); PIN and lock are left alone. */
    void update(long id, String name, Set<Role> roles) {
        h.createUpdate("UPDATE staff SET full_name = :name, is_cashier = :cashier, is_supervisor = :supervisor, "
                        + "is_administrator = :admin WHERE id = :id")
                .bind("name", name).bind("cashier", roles.contains(Role.CASHIER))
                .bind("supervisor", roles.contains(Role.SUPERVISOR)).bind("admin", roles.contains(Role.ADMINISTRATOR))
                .bind("id", id).execute();
    }

    /** Whether a PIN has been set (people imported from the staff directory arrive without one). */
    boolean hasPin(long id) {
        return h.createQuery("SELECT COUNT(*) FROM staff WHERE id = :id AND pin_hash IS NOT NULL").bind("id", id)
                .mapTo(Integer.class).one() > 0;
    }

    /** The ids of people with no PIN yet. */
    Set<Long> withoutPin() {
        return Set.copyOf(h.createQuery("SELECT id FROM staff WHERE pin_hash IS NULL").mapTo(Long.class).list());
    }

    Optional<Staff> byNumber(String number) {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff WHERE staff_number = :n")
                .bind("n", number).map((rs, ctx) -> staff(rs)).findOne();
    }

    Optional<Staff> byId(long id) {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff WHERE id = :id")
                .bind("id", id).map((rs, ctx) -> staff(rs)).findOne();
    }

    List<Staff> all() {
        return h.createQuery("SELECT " + COLUMNS + " FROM staff ORDER BY full_name, staff_number")
                .map((rs, ctx) -> staff(rs)).list();
    }

    String pinHash(long id) {
        return h.createQuery("SELECT pin_hash FROM staff WHERE id = :id").bind("id", id).mapTo(String.class).one();
    }

    /** The failure count and lock of a person, with their row locked until the transaction ends. */
    LockOut.Count countForUpdate(long id) {
        return h.createQuery("SELECT failed_attempts, locked FROM staff WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> new LockOut.Count(rs.getInt("failed_attempts"), rs.getBoolean("locked"))).one();
    }

    void recordFailure(long id, int attempts, boolean lock) {
        h.createUpdate("UPDATE staff SET failed_attempts = :a, locked = :l WHERE id = :id")
                .bind("a", attempts).bind("l", lock).bind("id", id).execute();
    }

    void clearFailures(long id) {
        h.createUpdate("UPDATE staff SET failed_attempts = 0, locked = FALSE WHERE id = :id").bind("id", id).execute();
    }

    void setPin(long id, String pinHash) {
        h.createUpdate("UPDATE staff SET pin_hash = :hash, failed_attempts = 0, locked = FALSE WHERE id = :id")
                .bind("hash", pinHash).bind("id", id).execute();
    }

    void setActive(long id, boolean active) {
        h.createUpdate("UPDATE staff SET active = :a WHERE id = :id").bind("a", active).bind("id", id).execute();
    }

    int count() {
        return h.createQuery("SELECT COUNT(*) FROM staff").mapTo(Integer.class).one();
    }

    private static Staff staff(ResultSet rs) throws SQLException {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        if (rs.getBoolean("is_cashier")) {
            roles.add(Role.CASHIER);
        }
        if (rs.getBoolean("is_supervisor")) {
            roles.add(Role.SUPERVISOR);
        }
        if (rs.getBoolean("is_administrator")) {
            roles.add(Role.ADMINISTRATOR);
        }
        return new Staff(rs.getLong("id"), rs.getString("staff_number"), rs.getString("full_name"), roles,
                rs.getBoolean("active"), rs.getBoolean("locked"));
    }
}
