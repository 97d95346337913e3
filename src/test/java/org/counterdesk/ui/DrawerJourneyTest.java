package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.scene.input.KeyCode;
import org.counterdesk.drawer.CloseOutcome;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.MovementKind;
import org.counterdesk.drawer.SessionReport;
import org.counterdesk.drawer.SessionState;
import org.counterdesk.money.Money;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Pdfs;
import org.junit.jupiter.api.Test;

/** A whole shift from the keyboard: counted float, receipts, petty cash, a drop, a blind close. */
class DrawerJourneyTest extends DemoUiTest {

    @Override
    protected boolean drawerOpenAtStart() {
        return false;
    }

    /** Types one value per denomination row, $100 down to 5c; blank rows are Enter alone. */
    private void countRows(String... rows) {
        for (String r : rows) {
            enter(r);
        }
    }

    private void openDrawerWithExactFloat() {
        signIn("1001", "1111");
        waitUntil(() -> showing("#float-N100"));
        type(KeyCode.ENTER);
        assertFocused("#float-N100");
        countRows("", "", "4", "6", "6", "10", "10", "", "", "", "");
        assertThat(text("#floatDifference")).endsWith("exactly right");
        assertFocused("#openDrawer");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#sessionSummary").startsWith("Opened"));
    }

    private void takeCashAndChequeReceipts() {
        type(KeyCode.F2);
        assertFocused("#feeQuery");
        enter("TAG");
        enter("");
        enter("10");
        type(KeyCode.F12);
        waitUntil(() -> text("#lastPosted").contains("000001"));
        enter("DOGD");
        enter("");
        type(KeyCode.F7);
        enter("");
        enter("J Smith");
        enter("Westpac");
        enter("032000");
        enter("123456");
        type(KeyCode.F12);
        waitUntil(() -> text("#lastPosted").contains("000002"));
    }

    private DrawerSession session() {
        return counter.services.drawer().sessions().current(counter.signIn("1001", "1111")).orElseThrow();
    }

    @Test
    void aShiftWithPettyCashAndADropClosesShortAndASupervisorWritesItOff() throws Exception {
        openDrawerWithExactFloat();
        takeCashAndChequeReceipts();

        type(KeyCode.F11);
        type(KeyCode.F5);
        assertFocused("#claimant");
        enter("Pat Lee");
        enter("Milk for the staff room");
        enter("");
        enter("Coles 4411");
        enter("12.50");
        enter("2001");
        enter("2222");
        waitUntil(() -> text("#done").startsWith("Petty cash voucher CD01-P0001 for $12.50"));

        type(KeyCode.F6);
        assertFocused("#drop-N100");
        countRows("", "", "2", "", "", "", "", "", "", "", "");
        enter("2001");
        enter("2222");
        waitUntil(() -> text("#done").startsWith("Dropped $40.00"));

        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> text("#done").contains("mid-shift (X) report was printed"));
        assertThat(Pdfs.text(printed("-X-1.pdf"))).contains("Mid-shift (X) report", "$154.50", "$12.50", "$40.00");

        type(KeyCode.F12);
        assertFocused("#close-N100");
        assertThat(text("#balanceHeadline")).isEmpty();
        assertThat(text("#keepHelp")).as("the drawer's own float, not the form's empty start")
                .isEqualTo("Float kept in the drawer: exactly $200.00 (now $0.00)");
        countRows("", "", "2", "6", "6", "10", "", "", "", "", "");
        type(KeyCode.SPACE);
        type(KeyCode.ENTER);
        enter("0");
        type(KeyCode.F12);
        waitUntil(() -> text("#balanceHeadline").contains("waiting for a supervisor"));
        assertThat(text("#balanceHeadline")).endsWith("short $4.50");
        assertThat(session().state()).isEqualTo(SessionState.PENDING);

        type(KeyCode.DIGIT3);
        assertFocused("#decisionNote");
        enter("Counted twice: $4.50 short");
        enter("1001");
        enter("1111");
        waitForMessage("is not a supervisor");
        retype("#decisionSupervisor", "2001");
        enter("2222");
        waitUntil(() -> text("#balanceHeadline").contains("written off"));

        SessionReport report = counter.services.drawer().reports().report(sessionIdClosed());
        assertThat(report.close().orElseThrow().outcome()).isEqualTo(CloseOutcome.WRITTEN_OFF);
        assertThat(report.close().orElseThrow().variance()).isEqualTo(Money.ofCents(-450));
        assertThat(report.close().orElseThrow().decidedBy()).isEqualTo("Sam Okafor");
        assertThat(report.close().orElseThrow().note()).isEqualTo("Counted twice: $4.50 short");
        assertThat(report.movements(MovementKind.PETTY_CASH)).hasSize(1);
        assertThat(report.movements(MovementKind.DROP)).extracting(m -> m.amount()).containsExactly(Money.ofDollars(40));
        assertThat(report.figures().expectedCash()).isEqualTo(Money.ofCents(15450));

        waitUntil(() -> text("#done").contains("close (Z) report was printed"));
        java.nio.file.Path z = printed("-Z.pdf");
        assertThat(Pdfs.text(z)).contains("Drawer close (Z) report", "CD01-1", "Casey Nguyen", "Sam Okafor",
                "Counted twice: $4.50 short", "$154.50", "$150.00", "CD01-P0001", "DEMO");
        Pdfs.keepSample(z, "journey-z-report.pdf");
        assertThat(printed("CD01-P0001.pdf")).exists();
    }

    private java.nio.file.Path printed(String endsWith) {
        try (var files = java.nio.file.Files.list(counter.folder.printed())) {
            return files.filter(f -> f.getFileName().toString().endsWith(endsWith)).findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aRecountThatBalancesClosesTheDrawerAndBothCountsStayOnRecord() {
        openDrawerWithExactFloat();
        takeCashAndChequeReceipts();
        type(KeyCode.F11);
        type(KeyCode.F12);
        countRows("", "", "4", "6", "6", "10", "10", "", "", "", "");
        type(KeyCode.ENTER);
        enter("0");
        type(KeyCode.F12);
        waitUntil(() -> text("#balanceHeadline").contains("waiting for a supervisor"));
        assertThat(text("#missingInstruments")).contains("Cheque 123456");

        enter("");
        enter("");
        enter("2001");
        enter("2222");
        waitUntil(() -> showing("#close-N100"));
        assertThat(text("#done")).startsWith("Recount asked for");
        countRows("", "", "4", "6", "6", "10", "17", "", "", "", "");
        type(KeyCode.SPACE);
        type(KeyCode.ENTER);
        enter("0");
        type(KeyCode.F12);
        waitUntil(() -> text("#balanceHeadline").contains("Balanced"));
        SessionReport report = counter.services.drawer().reports().report(sessionIdClosed());
        assertThat(report.closingCounts()).isEqualTo(2);
        assertThat(report.close().orElseThrow().outcome()).isEqualTo(CloseOutcome.BALANCED);
    }

    private long sessionIdClosed() {
        return counter.services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT MAX(session_id) FROM cash_count").mapTo(Long.class).one());
    }
}
