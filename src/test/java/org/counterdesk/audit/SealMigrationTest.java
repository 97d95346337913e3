package org.counterdesk.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEntry;
import org.counterdesk.store.Database;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database from before seals (schema version 6, a person, a drawer session and a receipt
 * with its CDJ1 entry) is sealed once as it moves to version 7.1; a receipt slipped in by hand
 * after that is never sealed by a later start-up, and verify names it.
 */
class SealMigrationTest {

    private static final String AT = "TIMESTAMP WITH TIME ZONE '2026-11-23 09:00:00+11:00'";

    @TempDir
    Path dir;

    @Test
    void recordsFromBeforeSealsAreSealedOnceByTheMigrationAndNeverAtStartUp() throws Exception {
        Database.connect(dir).close(); // an empty database with this install's key
        Flyway.configure().dataSource("jdbc:h2:file:" + dir.resolve("counterdesk").toAbsolutePath() + ";AUTO_SERVER=TRUE",
                        "counterdesk", Files.readString(dir.resolve(".dbkey")).strip())
                .locations("classpath:db/migration")
                .target("6").load().migrate();
        sql("INSERT INTO terminal (id, code, name, site, created_at) VALUES (1, 'CD01', 'Front counter', 'Civic', " + AT + ")",
                "INSERT INTO staff (id, staff_number, full_name, pin_hash, is_cashier, is_supervisor, is_administrator, "
                        + "active, failed_attempts, locked, created_at) VALUES (1, '1001', 'Casey', 'x', TRUE, FALSE, FALSE, "
                        + "TRUE, 0, FALSE, " + AT + ")",
                "INSERT INTO fee_schedule (id, effective_from, imported_at, source) VALUES (1, DATE '2026-07-01', " + AT
                        + ", 'demo')",
                "INSERT INTO fee (id, schedule_id, code, description, gl, tax_code, amount_cents) VALUES (1, 1, 'TAG', "
                        + "'Dog tag', '4-1000', 'NT', 702)",
                "INSERT INTO drawer (id, terminal_id, code, name, float_cents) VALUES (1, 1, 'D1', 'Drawer 1', 20000)",
                "INSERT INTO drawer_session (id, drawer_id, cashier_id, business_date, opened_at, implicit_open) VALUES "
                        + "(1, 1, 1, DATE '2026-11-23', " + AT + ", TRUE)",
                receipt(1),
                "INSERT INTO receipt_line VALUES (1, 1, 1, 'TAG', 'Dog tag', '4-1000', 'NT', NULL, 1, 702, 702, 0)",
                "INSERT INTO tender (receipt_id, line_no, kind, amount_cents) VALUES (1, 1, 'CASH', 1000)",
                "INSERT INTO doc_sequence VALUES ('CD01', 'RECEIPT', 1)",
                "INSERT INTO doc_sequence VALUES ('SITE', 'JOURNAL', 1)",
                journalEntryOne());

        try (Database db = Database.open(dir)) {
            IntegrityReport report = check(db);
            assertThat(report.firstProblem()).isEmpty();
            assertThat(report.passed()).contains("Seals: 3 records match their sealing journal entries; none unsealed");
            int sealedByMigration = db.jdbi().withHandle(h -> h.createQuery("SELECT COUNT(*) FROM journal "
                    + "WHERE event = 'RECORD_SEALED' AND actor = 'MIGRATION'").mapTo(Integer.class).one());
            assertThat(sealedByMigration).isEqualTo(3);
        }
        sql(receipt(2).replace("'CD01-000001'", "'CD01-000002'"),
                "UPDATE doc_sequence SET last_value = 2 WHERE kind = 'RECEIPT'");

        try (Database again = Database.open(dir)) {
            assertThat(check(again).firstProblem()).contains("Receipt CD01-000002 has no journal entry sealing it: it was "
                    + "not written by Counterdesk (added or replaced by hand)");
        }
    }

    private static IntegrityReport check(Database db) {
        return new IntegrityCheck(db.jdbi(), new Journal(Clock.systemUTC())).run();
    }

    private static String receipt(long number) {
        return "INSERT INTO receipt (id, terminal_id, number, receipt_no, session_id, cashier_id, business_date, posted_at, "
                + "total_cents, gst_cents, rounding_cents, change_cents) VALUES (" + number + ", 1, " + number
                + ", 'CD01-000001', 1, 1, DATE '2026-11-23', " + AT + ", 702, 0, -2, 300)";
    }

    /** The receipt's entry as the app wrote it before seals: version CDJ1. */
    private static String journalEntryOne() {
        Instant at = Instant.parse("2026-11-22T22:00:00Z");
        String details = "{\"total\":702}";
        String hash = JournalEntry.chain(JournalEntry.GENESIS, JournalEntry.canonical(1, at, "RECEIPT_POSTED", "1001", "CD01",
                "receipt", "CD01-000001", details));
        return "INSERT INTO journal (seq, recorded_at, event, actor, terminal, subject_type, subject_id, details, prev_hash, "
                + "hash) VALUES (1, TIMESTAMP WITH TIME ZONE '2026-11-22 22:00:00+00:00', 'RECEIPT_POSTED', '1001', 'CD01', "
                + "'receipt', 'CD01-000001', '" + details + "', '" + JournalEntry.GENESIS + "', '" + hash + "')";
    }

    private void sql(String... statements) throws Exception {
        try (Connection c = Database.connect(dir);
             Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
