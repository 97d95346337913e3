package db.migration;

import java.sql.Connection;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.seal.SealSpec;
import org.counterdesk.seal.SealSpecs;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Seals the records written before seals existed, once, as the schema moves to version 7.1:
 * one {@code RECORD_SEALED} entry per record, appended to the chain in the migration's own
 * transaction. It never runs again (Flyway records it), so a record slipped into the database
 * later is never sealed by a start-up. Found by Flyway in the {@code db/migration} location.
 */
public final class V7_1__Seal_existing_records extends BaseJavaMigration {

    static final String ACTOR = "MIGRATION";

    @Override
    public void migrate(Context context) {
        Connection connection = context.getConnection();
        Jdbi jdbi = Jdbi.create(new Unclosed(connection));
        try (Handle h = jdbi.open()) {
            Journal journal = new Journal(Clock.systemUTC());
            String terminal = h.createQuery("SELECT code FROM terminal ORDER BY id").mapTo(String.class).findFirst()
                    .orElse("SITE");
            for (SealSpec spec : SealSpecs.ALL) {
                sealAll(h, journal, spec, terminal);
            }
        }
    }

    private static void sealAll(Handle h, Journal journal, SealSpec spec, String terminal) {
        List<Map<String, Object>> rows = h.createQuery("SELECT * FROM " + spec.main().table() + " WHERE "
                + spec.scope() + " ORDER BY " + spec.keyColumn()).mapToMap().list();
        for (Map<String, Object> raw : rows) {
            Map<String, Object> row = lower(raw);
            long key = ((Number) row.get(spec.keyColumn())).longValue();
            JournalEvent event = JournalEvent.of("RECORD_SEALED", ACTOR, terminal, spec.kind(),
                    String.valueOf(row.get(spec.labelColumn())));
            for (SealSpec.Figure f : spec.figures()) {
                if (row.get(f.column()) instanceof Number n) {
                    event = event.with(f.detailsKey(), n.longValue());
                }
            }
            journal.seal(h, spec, key, event);
        }
    }

    private static Map<String, Object> lower(Map<String, Object> row) {
        Map<String, Object> out = new java.util.HashMap<>();
        row.forEach((k, v) -> out.put(k.toLowerCase(java.util.Locale.ROOT), v));
        return out;
    }

    /** Flyway's connection, lent to JDBI: Flyway commits and closes it, not JDBI. */
    private record Unclosed(Connection connection) implements org.jdbi.v3.core.ConnectionFactory {
        @Override
        public Connection openConnection() {
            return connection;
        }

        @Override
        public void closeConnection(Connection toClose) {
            // Flyway owns the connection and its transaction.
        }
    }
}
