package org.counterdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When H2 shuts its database down under the running app (as it does when it can no longer write
 * its file, for example on a full disk), the next attempts are worded for the counter: the
 * database has stopped, free space, restart; never H2's "Database is already closed".
 */
class DatabaseStoppedTest {

    @TempDir
    Path dir;

    @Test
    void aPostAfterTheDatabaseStoppedSaysSoAndWhatToDo() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor casey = c.cashier();
            var line = c.line("TAG");
            stopTheDatabaseUnder(c);

            String stopped = "the database has stopped, most often because the disk where "
                    + c.folder.database().toAbsolutePath() + " is filled up: free some space on it, then close and "
                    + "restart Counterdesk.";
            assertThatThrownBy(() -> c.services.receipting().poster().post(casey, ReceiptDraft.empty().withLine(line)
                    .withTender(Tender.cash(Money.ofDollars(10)))))
                    .isInstanceOf(StorageException.class)
                    .satisfies(e -> assertThat(e.getMessage()).isIn(
                            "Could not post the receipt; nothing was saved and no number was used: " + stopped,
                            "Could not post the receipt: " + stopped + " It may or may not have been saved: after the "
                                    + "restart, look for it in today's receipts before taking the payment again."))
                    .hasMessageNotContainingAny("already closed", "has been closed", "reported a problem");
        }
    }

    @Test
    void anyWriteThroughTheLedgerIsWordedTheSameWay() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor alex = c.administrator();
            long casey = c.services.staffRoom().staff().all().stream().filter(s -> s.staffNumber().equals("1001")).findFirst()
                    .orElseThrow().id();
            stopTheDatabaseUnder(c);

            assertThatThrownBy(() -> c.services.staffRoom().staff().setActive(alex, casey, false))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not change who is active; nothing was changed: the database has stopped, most "
                            + "often because the disk where " + c.folder.database().toAbsolutePath() + " is filled up: "
                            + "free some space on it, then close and restart Counterdesk.");
        }
    }

    /** What H2 does to itself when a write to its file fails: an immediate shutdown, the app still running. */
    private static void stopTheDatabaseUnder(TestCounter c) throws Exception {
        try (Connection raw = Database.connect(c.folder.database()); Statement s = raw.createStatement()) {
            s.execute("SHUTDOWN IMMEDIATELY");
        }
    }
}
