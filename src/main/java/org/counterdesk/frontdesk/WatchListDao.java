package org.counterdesk.frontdesk;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the watch list: names with their match key and a note for the desk. */
record WatchListDao(Handle h) {

    private static final String SELECT = "SELECT id, full_name, note, added_at FROM watch_entry ";

    List<WatchEntry> all() {
        return h.createQuery(SELECT + "ORDER BY full_name").map((rs, ctx) -> entry(rs)).list();
    }

    /** The first entry whose match key is {@code key}. */
    Optional<WatchEntry> byKey(String key) {
        return h.createQuery(SELECT + "WHERE match_key = :key ORDER BY id").bind("key", key).setMaxRows(1)
                .map((rs, ctx) -> entry(rs)).findFirst();
    }

    long insert(String name, String key, String note, long staffId, Instant at) {
        return h.createUpdate("INSERT INTO watch_entry (full_name, match_key, note, added_by, added_at) "
                        + "VALUES (:name, :key, :note, :by, :at)")
                .bind("name", name).bind("key", key).bind("note", note).bind("by", staffId)
                .bind("at", at.atOffset(ZoneOffset.UTC))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    /** Takes entry {@code id} off the list; false if it was not there. */
    boolean delete(long id) {
        return h.createUpdate("DELETE FROM watch_entry WHERE id = :id").bind("id", id).execute() > 0;
    }

    private static WatchEntry entry(ResultSet rs) throws SQLException {
        return new WatchEntry(rs.getLong("id"), rs.getString("full_name"), rs.getString("note"),
                rs.getObject("added_at", OffsetDateTime.class).toInstant());
    }
}
