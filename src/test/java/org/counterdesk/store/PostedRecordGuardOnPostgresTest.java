package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.TestCounter;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * On a site's PostgreSQL server the database refuses UPDATE, DELETE and TRUNCATE on the same
 * posted tables as H2 does ({@link PostedRecordGuardTest}), with the same SQLSTATE and message,
 * on a real counter's records made through the services.
 */
class PostedRecordGuardOnPostgresTest {

    @TempDir
    Path dir;

    @Test
    void everyPostedTableRefusesUpdateDeleteAndTruncateAndKeepsItsRows() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"), Store.POSTGRESQL)) {
            PostedRecordGuardTest.postOneOfEach(c, dir);
            c.services.database().jdbi().useHandle(h -> {
                assertThat(tables(h)).containsExactlyInAnyOrderElementsOf(PostedRecordGuardTest.allListed());
                assertThat(guarded(h)).as("tables with both guard triggers")
                        .containsExactlyInAnyOrderElementsOf(PostedRecordGuardTest.POSTED);
                for (String table : new TreeSet<>(PostedRecordGuardTest.POSTED)) {
                    String before = PostedRecordGuardTest.rows(h, table);
                    assertThat(before).as("rows of %s to try", table).isNotEmpty();
                    String column = firstColumn(h, table);
                    assertRefused(h, table, "UPDATE " + table + " SET " + column + " = " + column);
                    assertRefused(h, table, "DELETE FROM " + table);
                    assertRefused(h, table, "TRUNCATE TABLE " + table + " CASCADE");
                    assertThat(PostedRecordGuardTest.rows(h, table)).as("rows of %s after", table).isEqualTo(before);
                }
            });
        }
    }

    @Test
    void aRefusedChangeReachesThePersonWordedAsOnH2() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"), Store.POSTGRESQL)) {
            Receipt r = Days.cashTag(c, c.cashier());
            Throwable refused = catchThrowable(() -> c.services.database().jdbi()
                    .useHandle(h -> h.execute("UPDATE receipt SET total_cents = 1 WHERE receipt_no = ?", r.receiptNo())));

            assertThat(StorageException.of(refused, "post the receipt; nothing was saved").getMessage())
                    .isEqualTo("Could not post the receipt; nothing was saved: the database refused to change a posted "
                            + "record, which is never allowed (a correction is recorded as a new record); please "
                            + "report this fault to your administrator.");
            assertThat(c.services.receipting().receipts().byNumber(r.receiptNo()).orElseThrow().total()).isEqualTo(r.total());
        }
    }

    private static void assertRefused(Handle h, String table, String statement) {
        assertThatThrownBy(() -> h.execute(statement)).as(statement)
                .satisfies(e -> assertThat(PostedRecordGuardTest.sqlIn(e).getSQLState())
                        .isEqualTo(PostedRecordGuard.REFUSED))
                .hasMessageContaining(table + " is a posted record: it cannot be changed or deleted; "
                        + "record a correction instead");
    }

    private static List<String> tables(Handle h) {
        return h.createQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                .mapTo(String.class).list();
    }

    /** Tables with a row trigger before UPDATE and DELETE and a statement trigger before TRUNCATE, both refusing. */
    private static List<String> guarded(Handle h) {
        return h.createQuery("SELECT r.relname FROM pg_trigger t JOIN pg_class r ON r.oid = t.tgrelid "
                        + "JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal "
                        + "AND p.proname = 'counterdesk_refuse_posted_change' AND t.tgenabled = 'O' "
                        + "GROUP BY r.relname HAVING BOOL_OR(t.tgtype & 1 = 1 AND t.tgtype & 2 = 2 AND t.tgtype & 24 = 24) "
                        + "AND BOOL_OR(t.tgtype & 1 = 0 AND t.tgtype & 2 = 2 AND t.tgtype & 32 = 32)")
                .mapTo(String.class).list();
    }

    private static String firstColumn(Handle h, String table) {
        return h.createQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = 'public' "
                + "AND table_name = :t ORDER BY ordinal_position FETCH FIRST ROW ONLY")
                .bind("t", table).mapTo(String.class).one();
    }
}
