package org.counterdesk.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the journal table: insert and read only. */
final class JournalDao {

    private static final String COLUMNS = "seq, recorded_at, event, actor, terminal, subject_type, subject_id, details, "
            + "prev_hash, hash, record_kind, record_key, seal";

    private JournalDao() {
    }

    static void insert(Handle h, JournalEntry e) {
        h.createUpdate("INSERT INTO journal (" + COLUMNS + ") VALUES (:seq, :at, :event, :actor, :terminal, "
                        + ":subjectType, :subjectId, :details, :prevHash, :hash, :recordKind, :recordKey, :seal)")
                .bind("seq", e.seq())
                .bind("at", e.recordedAt().atOffset(java.time.ZoneOffset.UTC))
                .bind("event", e.event())
                .bind("actor", e.actor())
                .bind("terminal", e.terminal())
                .bind("subjectType", e.subjectType())
                .bind("subjectId", e.subjectId())
                .bind("details", e.details())
                .bind("prevHash", e.prevHash())
                .bind("hash", e.hash())
                .bind("recordKind", e.recordKind())
                .bind("recordKey", e.recordKey())
                .bind("seal", e.seal())
                .execute();
    }

    static String hashAt(Handle h, long seq) {
        return h.createQuery("SELECT hash FROM journal WHERE seq = :seq").bind("seq", seq).mapTo(String.class).one();
    }

    static Optional<JournalEntry> newest(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .map((rs, ctx) -> entry(rs)).findFirst();
    }

    static Optional<JournalEntry> at(Handle h, long seq) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal WHERE seq = :seq").bind("seq", seq)
                .map((rs, ctx) -> entry(rs)).findFirst();
    }

    static Iterable<JournalEntry> all(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal ORDER BY seq").setFetchSize(1000)
                .map((rs, ctx) -> entry(rs));
    }

    static Iterable<JournalEntry> sealing(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal WHERE seal IS NOT NULL ORDER BY seq").setFetchSize(1000)
                .map((rs, ctx) -> entry(rs));
    }

    static Optional<String> latestSeal(Handle h, String kind, long key) {
        return h.createQuery("SELECT seal FROM journal WHERE record_kind = :k AND record_key = :key ORDER BY seq DESC "
                        + "FETCH FIRST 1 ROWS ONLY")
                .bind("k", kind).bind("key", key).mapTo(String.class).findFirst();
    }

    static int count(Handle h, String event, String subjectType, String subjectId) {
        return h.createQuery("SELECT COUNT(*) FROM journal WHERE event = :e AND subject_type = :t AND subject_id = :id")
                .bind("e", event).bind("t", subjectType).bind("id", subjectId).mapTo(Integer.class).one();
    }

    private static JournalEntry entry(ResultSet rs) throws SQLException {
        long key = rs.getLong("record_key");
        Long recordKey = rs.wasNull() ? null : key;
        return new JournalEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("event"), rs.getString("actor"), rs.getString("terminal"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"),
                rs.getString("record_kind"), recordKey, rs.getString("seal"));
    }
}
