package org.counterdesk.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import org.counterdesk.exchange.batch.BatchStatus;
import org.counterdesk.exchange.batch.ExportProgress;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.seal.SealSpec;
import org.counterdesk.seal.SealSpecs;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;
import org.counterdesk.store.StorageException;
import org.counterdesk.testing.ClosedDays;
import org.counterdesk.testing.FailingTrigger;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Export batches, mail batches and changes to people are written through the {@link Ledger}:
 * the rows and the entry sealing them commit together, and when the journal insert fails
 * (the database's own trigger) nothing is left behind, no number is used and the failure is
 * worded once.
 */
class SealedWritesTest {

    private static final String DISK_FULL = ": the disk is full: free some space on it, then try again.";

    @TempDir
    Path dir;

    @AfterEach
    void disarm() {
        FailingTrigger.reset();
    }

    @Test
    void anExportBatchAndItsSealStandOrFallTogether() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"))) {
            var day = ClosedDays.close(c, 1).get(0);
            Actor sam = c.supervisor();
            failJournalInserts(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().batches().exportPending(sam, ExportProgress.NONE))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not make the export batch of " + day + "; nothing was saved and no batch number "
                            + "was used" + DISK_FULL);
            assertThat(c.rows("export_batch")).isZero();

            FailingTrigger.arm(c.services.database().jdbi(), false);
            c.services.exchangeRoom().batches().exportPending(sam, ExportProgress.NONE);
            BatchStatus batch = c.services.exchangeRoom().batches().batches().get(0);
            assertThat(batch.batchNo()).as("no number was used by the failure").isEqualTo("CD01-B000001");
            assertSealed(c, SealSpecs.EXPORT_BATCH, "export_batch");
        }
    }

    @Test
    void aMailBatchAndItsFinishAreSealedOrNotWrittenAtAll() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"))) {
            Actor casey = c.cashier();
            var line = c.line("TAG");
            failJournalInserts(c);

            assertThatThrownBy(() -> c.services.receipting().mailBatches().open(casey, "Mail 24 Nov, bag 1", 1, line.amount()))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not open the mail batch; nothing was saved and no number was used" + DISK_FULL);
            assertThat(c.rows("mail_batch")).isZero();

            FailingTrigger.arm(c.services.database().jdbi(), false);
            MailBatch batch = c.services.receipting().mailBatches().open(casey, "Mail 24 Nov, bag 1", 1, line.amount());
            assertThat(batch.batchNo()).as("no number was used by the failure").endsWith("M0001");
            assertSealed(c, SealSpecs.MAIL_BATCH, "mail_batch");
            c.services.receipting().poster().post(casey, ReceiptDraft.empty().withLine(line).withTender(
                    Tender.cheque(line.amount(), "A Citizen", "Westpac", "032-100", "300101")), batch.id());

            FailingTrigger.arm(c.services.database().jdbi(), true);
            assertThatThrownBy(() -> c.services.receipting().mailBatches().finish(casey, batch.id()))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not finish the mail batch; it is still open" + DISK_FULL);
            assertThat(c.services.receipting().mailBatches().get(batch.id()).finished()).isFalse();

            FailingTrigger.arm(c.services.database().jdbi(), false);
            assertThat(c.services.receipting().mailBatches().finish(casey, batch.id()).finished()).isTrue();
            assertSealed(c, SealSpecs.MAIL_BATCH_FINISH, "mail_batch");
        }
    }

    @Test
    void aPersonAddedOrChangedIsSealedOrLeftAsTheyWere() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"))) {
            Actor alex = c.administrator();
            Staff casey = staff(c, "1001");
            long people = c.rows("staff");
            failJournalInserts(c);

            assertThatThrownBy(() -> c.services.staffRoom().staff().add(alex, "1002", "Jordan Lee", EnumSet.of(Role.CASHIER), "4321"))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not add the person; nothing was saved" + DISK_FULL);
            assertThatThrownBy(() -> c.services.staffRoom().staff().resetPin(alex, casey.id(), "7777"))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not set the PIN; the old PIN still applies" + DISK_FULL);
            assertThatThrownBy(() -> c.services.staffRoom().staff().setActive(alex, casey.id(), false))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not change who is active; nothing was changed" + DISK_FULL);

            FailingTrigger.arm(c.services.database().jdbi(), false);
            assertThat(c.rows("staff")).isEqualTo(people);
            assertThat(staff(c, "1001").active()).isTrue();
            assertThat(c.signIn("1001", "1111").staffNumber()).as("the old PIN still signs in").isEqualTo("1001");
            assertThat(sealHolds(c, SealSpecs.STAFF, casey.id())).isTrue();

            Staff jordan = c.services.staffRoom().staff().add(alex, "1002", "Jordan Lee", EnumSet.of(Role.CASHIER), "4321");
            c.services.staffRoom().staff().resetPin(alex, casey.id(), "7777");
            assertThat(sealHolds(c, SealSpecs.STAFF, jordan.id())).isTrue();
            assertThat(sealHolds(c, SealSpecs.STAFF, casey.id())).isTrue();
            assertThat(c.signIn("1001", "7777").staffNumber()).isEqualTo("1001");
        }
    }

    @Test
    void aStaffDirectoryImportThatFailsChangesNobody() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"))) {
            Actor alex = c.administrator();
            Path file = dir.resolve("staff-directory.json");
            try (InputStream in = getClass().getResourceAsStream("/org/counterdesk/exchange/masterdata/staff-directory.json")) {
                Files.copy(in, file);
            }
            long people = c.rows("staff");
            failJournalInserts(c);

            assertThatThrownBy(() -> c.services.exchangeRoom().masterData().importStaff(alex, file))
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not import staff-directory.json; nothing was changed" + DISK_FULL);
            assertThat(c.rows("staff")).isEqualTo(people);
            assertThat(c.rows("master_data_import")).isZero();

            FailingTrigger.arm(c.services.database().jdbi(), false);
            c.services.exchangeRoom().masterData().importStaff(alex, file);
            assertThat(c.rows("staff")).isGreaterThan(people);
            assertThat(c.services.auditRoom().integrity().run().firstProblem()).as("every person sealed").isEmpty();
        }
    }

    @Test
    void aSetupThatFailsLeavesTheFolderAsNew() throws Exception {
        try (TestCounter c = TestCounter.open(dir.resolve("counter"))) {
            failJournalInserts(c);

            assertThatThrownBy(() -> c.services.setupRoom().firstRun().loadDemo())
                    .isInstanceOf(StorageException.class)
                    .hasMessage("Could not set up Counterdesk; nothing was saved" + DISK_FULL);
            assertThat(c.rows("staff")).isZero();
            assertThat(c.services.setupRoom().firstRun().needed()).isTrue();

            FailingTrigger.arm(c.services.database().jdbi(), false);
            c.services.setupRoom().firstRun().loadDemo();
            assertThat(c.services.auditRoom().integrity().run().firstProblem()).isEmpty();
            assertThat(c.rows("staff")).isEqualTo(3);
        }
    }

    @Test
    void aRecordSealedOnATransactionOpenedElsewhereIsRefused() throws Exception {
        try (TestCounter c = TestCounter.demo(dir.resolve("counter"))) {
            Ledger ledger = new Ledger(c.services.database(), c.services.journal());
            long casey = staff(c, "1001").id();

            assertThatThrownBy(() -> c.services.database().jdbi().useTransaction(h -> ledger.seal(h, SealSpecs.STAFF,
                    casey, JournalEvent.of("STAFF_CHANGED", "9001", "CD01", "staff", casey))))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("a staff record is sealed only inside Ledger.write");
        }
    }

    private static void failJournalInserts(TestCounter c) {
        FailingTrigger.install(c.services.database().jdbi(), "journal");
        FailingTrigger.arm(c.services.database().jdbi(), true);
    }

    private static Staff staff(TestCounter c, String number) {
        return c.services.staffRoom().staff().all().stream().filter(s -> s.staffNumber().equals(number)).findFirst().orElseThrow();
    }

    private static boolean sealHolds(TestCounter c, SealSpec spec, long key) {
        return c.services.database().jdbi().withHandle(h -> c.services.journal().sealHolds(h, spec, key));
    }

    /** The table's one row is sealed by the latest entry of its kind, and the seal holds. */
    private static void assertSealed(TestCounter c, SealSpec spec, String table) {
        long id = c.services.database().jdbi().withHandle(h -> h.createQuery("SELECT MAX(id) FROM " + table)
                .mapTo(Long.class).one());
        assertThat(sealHolds(c, spec, id)).as(spec.kind() + " " + id + " sealed").isTrue();
    }
}
