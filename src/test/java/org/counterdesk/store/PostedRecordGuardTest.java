package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.counterdesk.app.AppServices;
import org.counterdesk.banking.Deposit;
import org.counterdesk.banking.Resolution;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.Decision;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.PettyCashClaim;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;
import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The database itself refuses UPDATE, DELETE and TRUNCATE on every posted table, on a real
 * counter's records made through the services; every other table is listed here with the
 * reason it may change, so a table added later is either guarded or explained.
 */
class PostedRecordGuardTest {

    /** Insert-only: guarded by migration V8. */
    static final Set<String> POSTED = Set.of("receipt", "receipt_line", "tender", "receipt_void", "journal",
            "mail_batch", "mail_batch_finish", "drawer_session", "session_opening", "cash_count", "cash_count_line",
            "kept_float_line", "count_instrument", "cash_movement", "variance_decision", "session_close", "deposit",
            "deposit_session", "deposit_line", "deposit_instrument", "bank_adjustment", "adjustment_resolution",
            "dishonour", "dishonour_line", "day_closure", "closure_gl_line", "closure_tender", "export_batch",
            "batch_event", "master_data_import", "organisation", "fee_schedule", "fee");

    /** Tables the app changes in place, and why that is allowed. */
    static final Map<String, String> MUTABLE = Map.ofEntries(
            Map.entry("setting", "settings: the current value of each, changed on the settings screens"),
            Map.entry("doc_sequence", "counters: the last number used, advanced in the transaction that uses it"),
            Map.entry("staff", "master data: names, roles, PIN hash, failed attempts and lock-out change"),
            Map.entry("drawer", "master data: name, set float and retirement change"),
            Map.entry("terminal", "set-up: this PC's registration; records carry their own numbers"),
            Map.entry("business_unit", "front-desk directory, edited and deactivated"),
            Map.entry("host", "front-desk directory, edited and deactivated"),
            Map.entry("watch_entry", "front desk: administrators remove names from the watch list"),
            Map.entry("expected_visit", "front desk: cancelled, and personal details removed under retention"),
            Map.entry("visit", "front desk: personal details removed under retention"),
            Map.entry("visit_sign_out", "front desk, no money; kept with its visit under the same retention rule"),
            Map.entry("badge_in_use", "front desk: who wears a badge now, deleted at sign-out (no record)"),
            Map.entry("delivery", "front desk, no money; kept with its collection under the same retention rule"),
            Map.entry("delivery_collection", "front desk: the collector's name removed under retention"),
            Map.entry("enquiry", "front desk tally: a mistaken tick is taken back"),
            Map.entry("notification", "outbox: state, attempts and leases change as messages go"),
            Map.entry("schema_stamp", "the fingerprint of the migrations last applied, rewritten by each migration"),
            Map.entry("flyway_schema_history", "Flyway's own record of migrations applied"));

    @TempDir
    Path dir;

    @Test
    void everyPostedTableRefusesUpdateDeleteAndTruncateAndKeepsItsRows() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            postOneOfEach(c, dir);
            c.services.database().jdbi().useHandle(h -> {
                assertThat(tables(h)).containsExactlyInAnyOrderElementsOf(allListed());
                assertThat(guarded(h)).as("tables with the guard trigger").containsExactlyInAnyOrderElementsOf(POSTED);
                for (String table : new TreeSet<>(POSTED)) {
                    String before = rows(h, table);
                    assertThat(before).as("rows of %s to try", table).isNotEmpty();
                    String column = firstColumn(h, table);
                    assertRefused(h, table, "UPDATE " + table + " SET " + column + " = " + column + " + 1");
                    assertRefused(h, table, "DELETE FROM " + table);
                    assertThatThrownBy(() -> h.execute("TRUNCATE TABLE " + table)).as("TRUNCATE %s", table)
                            .satisfies(e -> assertThat(sqlIn(e).getErrorCode()).isEqualTo(ErrorCode.CANNOT_TRUNCATE_1));
                    assertThat(rows(h, table)).as("rows of %s after", table).isEqualTo(before);
                }
            });
        }
    }

    @Test
    void aRefusedChangeReachesThePersonAsAFaultToReportNotAsDatabaseText() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Receipt r = Days.cashTag(c, c.cashier());
            Throwable refused = org.assertj.core.api.Assertions.catchThrowable(() -> c.services.database().jdbi()
                    .useHandle(h -> h.execute("UPDATE receipt SET total_cents = 1 WHERE receipt_no = ?", r.receiptNo())));

            assertThat(StorageException.of(refused, "post the receipt; nothing was saved").getMessage())
                    .isEqualTo("Could not post the receipt; nothing was saved: the database refused to change a posted "
                            + "record, which is never allowed (a correction is recorded as a new record); please "
                            + "report this fault to your administrator.");
            assertThat(c.services.receipting().receipts().byNumber(r.receiptNo()).orElseThrow().total()).isEqualTo(r.total());
        }
    }

    @Test
    void plainH2WithoutCounterdeskReadsTheFileButCannotChangeAPostedRecord() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("plain").toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("INSERT INTO organisation (name, abn, address, time_zone, recorded_at) "
                    + "VALUES ('Shire', '53004085616', '1 Main St', 'Australia/Melbourne', CURRENT_TIMESTAMP)");
            s.execute("SHUTDOWN");
        }

        String read = plainH2(url, "SELECT name FROM organisation");
        String update = plainH2(url, "UPDATE organisation SET name = 'Changed'");

        assertThat(read).contains("Shire");
        assertThat(update).contains("Error creating or initializing trigger \"POSTED_ORGANISATION\"")
                .contains("PostedRecordGuard").doesNotContain("Update count");
        assertThat(plainH2(url, "SELECT name FROM organisation")).contains("Shire").doesNotContain("Changed");
    }

    /** Runs one statement through H2's own shell in a JVM with nothing but the H2 jar; returns what it printed. */
    private String plainH2(String url, String sql) throws Exception {
        Path h2Jar = Path.of(org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path out = dir.resolve("shell.txt");
        Process p = new ProcessBuilder(java.toString(), "-cp", h2Jar.toString(), "org.h2.tools.Shell", "-url", url,
                "-user", "sa", "-password", "", "-sql", sql).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the H2 shell ended").isTrue();
        return Files.readString(out);
    }

    private static void assertRefused(Handle h, String table, String statement) {
        assertThatThrownBy(() -> h.execute(statement)).as(statement)
                .satisfies(e -> assertThat(sqlIn(e).getSQLState()).isEqualTo(PostedRecordGuard.REFUSED))
                .hasMessageContaining(table + " is a posted record: it cannot be changed or deleted; "
                        + "record a correction instead");
    }

    /**
     * One of each posted record through the services: a mail batch, receipts in every tender, a
     * void, petty cash, a short close written off, the float kept, banking, a bank adjustment
     * resolved, the day closed and exported, a dishonour the next day, and a drawer import.
     */
    static void postOneOfEach(TestCounter c, Path dir) throws Exception {
        AppServices s = c.services;
        SessionOpening.Approval sam = new SessionOpening.Approval("2001", "2222", "");
        Actor casey = c.cashier();
        Actor supervisor = c.supervisor();
        LocalDate day = s.counter().businessDate();
        MailBatch batch = s.receipting().mailBatches().open(casey, "Mail 23 Nov", 1, Money.ofCents(157_50));
        s.receipting().poster().post(casey, ReceiptDraft.empty().withLine(c.line("DOGF"))
                .withTender(Tender.moneyOrder(Money.ofCents(157_50), "Australia Post", "MO-5531")), batch.id());
        s.receipting().mailBatches().finish(casey, batch.id());
        s.receipting().poster().post(casey, Receipts.everyTender(c));
        Receipt cheque = Days.chequeDog(c, casey, "300100");
        Receipt wrong = Days.cashTag(c, casey);
        s.receipting().voids().voidReceipt(casey, new VoidService.Request(wrong.receiptNo(), "2001", "2222", "Keyed twice", ""));
        s.drawer().movements().pettyCash(casey, new PettyCashClaim("Jordan Lee", "Milk", "1-1100-4410", "Coles 1",
                Money.ofCents(12_30)), sam);
        c.clock.advance(Duration.ofHours(6));
        closeShortAndWriteOff(s, casey, sam);
        Deposit deposit = s.bankingRoom().banking().bank(casey, "BAG 1", "2001", "2222");
        s.bankingRoom().adjustments().record(supervisor, deposit.id(), deposit.total().minus(Money.ofDollars(5)),
                "Bank counted $5 short", "WBC 2211");
        long adjustment = s.bankingRoom().adjustments().adjustments(deposit.id()).get(0).id();
        s.bankingRoom().adjustments().resolve(supervisor, adjustment, Resolution.WRITTEN_OFF, "Written off");
        s.bankingRoom().dayClosures().close(supervisor, day);
        s.exchangeRoom().batches().exportDay(supervisor, day, ExportProgress.NONE);
        c.clock.advance(Duration.ofDays(1));
        s.bankingRoom().dishonours().record(supervisor, cheque.receiptNo(), 1, "WBC-DH-7781", day.plusDays(1), Money.ofCents(15_00));
        s.exchangeRoom().masterData().importDrawers(c.administrator(), drawersFile(dir));
    }

    private static void closeShortAndWriteOff(AppServices s, Actor casey, SessionOpening.Approval sam) {
        DrawerSession session = s.drawer().sessions().current(casey).orElseThrow();
        var figures = s.drawer().closing().status(session.id()).figures();
        CashCount cash = Drawers.cashOf(figures.expectedCash().minus(Money.ofDollars(20)));
        s.drawer().closing().submit(casey, new ClosingCount(cash,
                figures.instruments().stream().map(Instrument::key).collect(Collectors.toSet()), figures.eftpos(),
                FloatSuggestion.keep(cash, session.setFloat())));
        s.drawer().closing().decide(casey, session.id(), Decision.WRITE_OFF, "Short, searched", sam);
    }

    private static Path drawersFile(Path dir) throws Exception {
        Path file = dir.resolve("drawers.json");
        try (InputStream in = PostedRecordGuardTest.class.getResourceAsStream("/org/counterdesk/exchange/masterdata/drawers.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    static Set<String> allListed() {
        Set<String> all = new TreeSet<>(POSTED);
        all.addAll(MUTABLE.keySet());
        return all;
    }

    private static List<String> tables(Handle h) {
        return h.createQuery("SELECT LOWER(table_name) FROM information_schema.tables WHERE table_schema = 'PUBLIC'")
                .mapTo(String.class).list();
    }

    private static List<String> guarded(Handle h) {
        // One row per event: a table is guarded when its trigger covers both UPDATE and DELETE.
        return h.createQuery("SELECT LOWER(event_object_table) FROM information_schema.triggers WHERE java_class = :c "
                        + "AND action_timing = 'BEFORE' AND event_manipulation IN ('UPDATE', 'DELETE') "
                        + "GROUP BY event_object_table HAVING COUNT(DISTINCT event_manipulation) = 2")
                .bind("c", PostedRecordGuard.class.getName()).mapTo(String.class).list();
    }

    private static String firstColumn(Handle h, String table) {
        return h.createQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = 'PUBLIC' "
                + "AND LOWER(table_name) = :t ORDER BY ordinal_position FETCH FIRST ROW ONLY")
                .bind("t", table).mapTo(String.class).one();
    }

    static String rows(Handle h, String table) {
        return h.createQuery("SELECT * FROM " + table + " ORDER BY 1").mapToMap().list().stream()
                .map(Object::toString).collect(Collectors.joining("\n"));
    }

    static SQLException sqlIn(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof SQLException s) {
                return s;
            }
        }
        throw new AssertionError("no SQLException in " + t, t);
    }
}
