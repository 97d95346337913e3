package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VoidAndMailBatchTest {

    @TempDir
    Path dir;

    private static Receipt postTag(TestCounter c, Actor cashier, Tender tender) {
        return c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("TAG")).withTender(tender));
    }

    @Test
    void aVoidIsANewNumberedRecordAndTheReceiptIsUntouched() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            Receipt r = postTag(c, cashier, Tender.cash(Money.ofDollars(10)));
            String before = receiptRow(c, r.id());
            VoidRecord v = c.services.receipting().voids().voidReceipt(cashier,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "Keyed the wrong fee", null));
            assertThat(v.voidNo()).isEqualTo("CD01-V000001");
            assertThat(v.approvedBy()).isEqualTo("Sam Okafor");
            assertThat(receiptRow(c, r.id())).isEqualTo(before);
            assertThat(c.services.receipting().receipts().byNumber(r.receiptNo()).orElseThrow().isVoided()).isTrue();
            assertThatThrownBy(() -> c.services.receipting().voids().voidReceipt(cashier,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "Again", null)))
                    .hasMessageContaining("was already voided by CD01-V000001");
        }
    }

    @Test
    void voidsNeedAnotherSupervisorAReasonAndTheEftposRefund() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor supervisorAsCashier = c.supervisor();
            org.counterdesk.testing.Drawers.open(c.services, supervisorAsCashier);
            Receipt r = postTag(c, supervisorAsCashier, Tender.eftpos(Money.ofCents(702), "EF991"));
            var voids = c.services.receipting().voids();
            assertThatThrownBy(() -> voids.voidReceipt(supervisorAsCashier,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "Wrong fee", "RF1")))
                    .hasMessageContaining("cannot approve their own void");
            assertThatThrownBy(() -> voids.voidReceipt(supervisorAsCashier,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "", "RF1")))
                    .hasMessageContaining("Give the reason");
            assertThatThrownBy(() -> voids.voidReceipt(supervisorAsCashier,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "Wrong fee", " ")))
                    .hasMessageContaining("refund reference");
            assertThat(c.rows("receipt_void")).isZero();
        }
    }

    @Test
    void aReceiptFromAnEarlierDayCannotBeVoided() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            Receipt r = postTag(c, cashier, Tender.cash(Money.ofDollars(10)));
            c.clock.advance(Duration.ofDays(1));
            assertThatThrownBy(() -> c.services.receipting().voids().voidReceipt(cashier,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "Late", null)))
                    .hasMessageContaining("its drawer has been counted or closed");
        }
    }

    @Test
    void aMailBatchFinishesOnlyWhenItsCountAndTotalMatchTheHeader() throws Exception {
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor cashier = c.cashier();
            MailBatches batches = c.services.receipting().mailBatches();
            MailBatch b = batches.open(cashier, "Mail 23 Nov", 2, Money.ofCents(5250 + 15750));
            assertThat(b.batchNo()).isEqualTo("CD01-M0001");
            ReceiptDraft dog = ReceiptDraft.empty().withLine(c.line("DOGD"))
                    .withTender(Tender.cheque(Money.ofCents(5250), "J Citizen", "Westpac", "032000", "100234"));
            Receipt first = c.services.receipting().poster().post(cashier, dog, b.id());
            assertThat(first.mailBatchNo()).isEqualTo("CD01-M0001");
            assertThatThrownBy(() -> batches.finish(cashier, b.id()))
                    .hasMessageContaining("1 payment and $157.50 still to key");
            c.services.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(c.line("DOGF"))
                    .withTender(Tender.moneyOrder(Money.ofCents(15750), "Australia Post", "MO-5531")), b.id());
            MailBatch done = batches.finish(cashier, b.id());
            assertThat(done.finished()).isTrue();
            assertThat(done.balanced()).isTrue();
            ReceiptDraft late = ReceiptDraft.empty().withLine(c.line("DOGD")).withTender(dog.tenders().get(0));
            assertThatThrownBy(() -> c.services.receipting().poster().post(cashier, late, b.id())).hasMessageContaining("already finished");
            assertThat(c.services.receipting().poster().post(cashier, dog, b.id())).as("the draft already keyed, shown again")
                    .isEqualTo(first);
        }
    }

    @Test
    void badTenderDetailsAreRefusedNamingTheField() {
        assertThatThrownBy(() -> Tender.cheque(Money.ofDollars(5), "A", "B", "03-2000", "1"))
                .hasMessage("A BSB is six digits written 123-456.");
        assertThatThrownBy(() -> Tender.cheque(Money.ofDollars(5), "", "B", "032-000", "1"))
                .hasMessageContaining("who the cheque is from");
        assertThatThrownBy(() -> Tender.cheque(Money.ofDollars(5), "A", "B", "032-000", "12A"))
                .hasMessageContaining("cheque number");
        assertThatThrownBy(() -> Tender.eftpos(Money.ofDollars(5), ""))
                .hasMessageContaining("EFTPOS terminal's reference");
        assertThat(Tender.cheque(Money.ofDollars(5), "A", "B", "032000", "1").chequeBsb()).isEqualTo("032-000");
    }

    private static String receiptRow(TestCounter c, long id) {
        return c.services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT * FROM receipt WHERE id = :id").bind("id", id).mapToMap().one().toString());
    }
}
