package org.counterdesk.store;

import org.jdbi.v3.core.Handle;

/**
 * Gapless document numbers (receipts, voids, batches). The counter row is advanced inside the
 * caller's transaction: its row lock makes concurrent callers wait their turn, and a rollback
 * returns the number, so numbers have no gaps and no duplicates. Identity columns are never
 * used for this because a rolled-back insert still consumes their value.
 */
public final class DocSequences {

    private DocSequences() {
    }

    /** The next number for {@code kind} within {@code scope} (a terminal code, or the site). */
    public static long next(Handle handle, String scope, String kind) {
        int advanced = handle.createUpdate(
                        "UPDATE doc_sequence SET last_value = last_value + 1 WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).execute();
        if (advanced == 0) {
            handle.createUpdate("INSERT INTO doc_sequence (scope, kind, last_value) VALUES (:scope, :kind, 1)")
                    .bind("scope", scope).bind("kind", kind).execute();
            return 1;
        }
        return handle.createQuery("SELECT last_value FROM doc_sequence WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).mapTo(Long.class).one();
    }

    /**
     * Makes the counter for {@code kind} within {@code scope} if it is not there yet, in its own
     * statement: done when a terminal joins, so that its counters' first use never races to create them.
     */
    public static void ensure(Handle handle, String scope, String kind) {
        if (handle.createQuery("SELECT COUNT(*) FROM doc_sequence WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).mapTo(Integer.class).one() == 0) {
            handle.createUpdate("INSERT INTO doc_sequence (scope, kind, last_value) VALUES (:scope, :kind, 0)")
                    .bind("scope", scope).bind("kind", kind).execute();
        }
    }

    /** Every counter of {@code kind}: its scope and the last number it issued. */
    public static java.util.Map<String, Long> all(Handle handle, String kind) {
        java.util.Map<String, Long> out = new java.util.TreeMap<>();
        handle.createQuery("SELECT scope, last_value FROM doc_sequence WHERE kind = :kind").bind("kind", kind)
                .map((rs, ctx) -> java.util.Map.entry(rs.getString(1), rs.getLong(2)))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * The next value of the database sequence {@code name}: a key that may skip values (a rollback
     * loses it) and takes no lock, so never a document number. The two databases spell it differently.
     */
    public static long nextKey(Handle handle, String name) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + name);
        }
        String sql = isPostgres(handle) ? "SELECT nextval('" + name + "')" : "SELECT NEXT VALUE FOR " + name;
        return handle.createQuery(sql).mapTo(Long.class).one();
    }

    /**
     * Sets the database sequence {@code name} to hand out {@code next} next, if the schema has it
     * yet: for rows loaded into a new database (a restore), whose keys the sequence never issued.
     */
    public static void resumeKey(Handle handle, String name, long next) {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a sequence name: " + name);
        }
        boolean exists = handle.createQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SEQUENCES WHERE LOWER(SEQUENCE_NAME) = :n")
                .bind("n", name).mapTo(Integer.class).one() > 0;
        if (exists) {
            handle.execute("ALTER SEQUENCE " + name + " RESTART WITH " + next);
        }
    }

    private static boolean isPostgres(Handle handle) {
        try {
            return "PostgreSQL".equals(handle.getConnection().getMetaData().getDatabaseProductName());
        } catch (java.sql.SQLException e) {
            throw StorageException.of(e, "read which database this is");
        }
    }

    /** The last number issued, or 0 if none has been. */
    public static long last(Handle handle, String scope, String kind) {
        return handle.createQuery("SELECT last_value FROM doc_sequence WHERE scope = :scope AND kind = :kind")
                .bind("scope", scope).bind("kind", kind).mapTo(Long.class).findOne().orElse(0L);
    }
}
