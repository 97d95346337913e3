package org.counterdesk.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** SQL for the journal table: insert and read only. */
final class JournalDao {

    private static final String WRITTEN = "seq, recorded_at, event, actor, terminal, subject_type, subject_id, details, "
            + "prev_hash, hash, record_kind, record_key, seal";
    private static final String COLUMNS = WRITTEN + ", chain_seq";

    private JournalDao() {
    }

    static void insert(Handle h, JournalEntry e) {
        // An entry of the chain kept before version 10 is written only by the migrations before it, when
        // the journal has no chain_seq column yet.
        boolean chained = e.chainSeq() != null;
        h.createUpdate("INSERT INTO journal (" + (chained ? COLUMNS : WRITTEN) + ") VALUES (:seq, :at, :event, :actor, "
                        + ":terminal, :subjectType, :subjectId, :details, :prevHash, :hash, :recordKind, :recordKey, "
                        + ":seal" + (chained ? ", :chainSeq" : "") + ")")
                .bind("chainSeq", e.chainSeq())
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

    /** The hash of {@code terminal}'s entry at {@code place} in its chain. */
    static String hashInChain(Handle h, String terminal, long place) {
        return h.createQuery("SELECT hash FROM journal WHERE terminal = :t AND chain_seq = :p").bind("t", terminal)
                .bind("p", place).mapTo(String.class).one();
    }

    /** The last entry written before version 10, where every terminal's chain starts (genesis if none). */
    static String sharedHead(Handle h) {
        return h.createQuery("SELECT hash FROM journal WHERE chain_seq IS NULL ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .mapTo(String.class).findFirst().orElse(JournalEntry.GENESIS);
    }

    static Optional<JournalEntry> newestOf(Handle h, String terminal) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal WHERE terminal = :t AND chain_seq IS NOT NULL "
                        + "ORDER BY chain_seq DESC FETCH FIRST 1 ROWS ONLY")
                .bind("t", terminal).map((rs, ctx) -> entry(rs)).findFirst();
    }

    /** The entries written before version 10, in their one chain's order. */
    static Iterable<JournalEntry> shared(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal WHERE chain_seq IS NULL ORDER BY seq").setFetchSize(1000)
                .map((rs, ctx) -> entry(rs));
    }

    /** The terminals' chains, one after the other, each in its own order. */
    static Iterable<JournalEntry> chains(Handle h) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal WHERE chain_seq IS NOT NULL ORDER BY terminal, chain_seq")
                .setFetchSize(1000).map((rs, ctx) -> entry(rs));
    }

    /** The largest key of any entry, 0 when there is none. */
    static long lastKey(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(seq), 0) FROM journal").mapTo(Long.class).one();
    }

    /** Whether the journal has its chain_seq column (schema version 10 on). */
    static boolean hasChainColumn(Handle h) {
        try {
            java.sql.DatabaseMetaData meta = h.getConnection().getMetaData();
            for (String[] names : new String[][] {{"JOURNAL", "CHAIN_SEQ"}, {"journal", "chain_seq"}}) {
                try (ResultSet rs = meta.getColumns(null, null, names[0], names[1])) {
                    if (rs.next()) {
                        return true;
                    }
                }
            }
            return false;
        } catch (SQLException e) {
            throw org.counterdesk.store.StorageException.of(e, "read the journal's columns");
        }
    }

    /** The newest entry; read by name, so a backup of a database not yet at version 10 can name its head too. */
    static Optional<JournalEntry> newest(Handle h) {
        return h.createQuery("SELECT * FROM journal ORDER BY seq DESC FETCH FIRST 1 ROWS ONLY")
                .map((rs, ctx) -> entry(rs)).findFirst();
    }

    static Optional<JournalEntry> at(Handle h, long seq) {
        return h.createQuery("SELECT " + COLUMNS + " FROM journal WHERE seq = :seq").bind("seq", seq)
                .map((rs, ctx) -> entry(rs)).findFirst();
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

    private static Long chainSeq(ResultSet rs) throws SQLException {
        java.sql.ResultSetMetaData meta = rs.getMetaData();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            if (meta.getColumnLabel(i).equalsIgnoreCase("chain_seq")) {
                long place = rs.getLong(i);
                return rs.wasNull() ? null : place;
            }
        }
        return null;
    }

    private static JournalEntry entry(ResultSet rs) throws SQLException {
        long key = rs.getLong("record_key");
        Long recordKey = rs.wasNull() ? null : key;
        Long chainSeq = chainSeq(rs);
        return new JournalEntry(rs.getLong("seq"), rs.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                rs.getString("event"), rs.getString("actor"), rs.getString("terminal"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("details"), rs.getString("prev_hash"), rs.getString("hash"),
                rs.getString("record_kind"), recordKey, rs.getString("seal"), chainSeq);
    }
}
