package org.counterdesk.receipting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.counterdesk.money.TaxCode;
import org.counterdesk.staff.Actor;
import org.counterdesk.store.StorageException;
import org.counterdesk.testing.FailingTrigger;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Store.class)
class ReceiptPostingTest {

    @Parameter
    Store store;


    @TempDir
    Path dir;

    @AfterEach
    void disarm() {
        FailingTrigger.reset();
    }

    private static ReceiptDraft twoLinesPaidInCash(TestCounter c) {
        return ReceiptDraft.empty()
                .withLine(c.line("TAG"))
                .withLine(c.line("RATES", "89557136", 5500))
                .withTender(Tender.cash(Money.ofCents(10_000)));
    }

    @Test
    void aPostedReceiptIsStoredWholeWithItsNumberTotalsAndJournalEntry() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Receipt r = c.services.receipting().poster().post(c.cashier(), twoLinesPaidInCash(c));
            assertThat(r.receiptNo()).isEqualTo("CD01-000001");
            assertThat(r.total()).isEqualTo(Money.ofCents(6202));
            assertThat(r.gst()).isEqualTo(Money.ofCents(64));
            assertThat(r.rounding()).isEqualTo(Money.ofCents(-2));
            assertThat(r.change()).isEqualTo(Money.ofCents(3800));
            assertThat(r.lines()).extracting(ReceiptLine::feeCode, ReceiptLine::taxCode, ReceiptLine::reference)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("TAG", TaxCode.GST, null),
                            org.assertj.core.groups.Tuple.tuple("RATES", TaxCode.NT, "89557136"));
            assertThat(r.businessDate()).isEqualTo(c.services.counter().businessDate());
            assertThat(r.cashierName()).isEqualTo("Casey Nguyen");
            assertThat(c.services.database().jdbi().withHandle(h -> c.services.journal().head(h)).orElseThrow().event())
                    .isEqualTo("RECEIPT_POSTED");
        }
    }

    @Test
    void aPostThatFailsHalfWayWritesNothingAndGivesItsNumberBack() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor cashier = c.cashier();
            c.services.receipting().poster().post(cashier, twoLinesPaidInCash(c));
            FailingTrigger.install(c.services.database().jdbi(), "tender");
            FailingTrigger.arm(c.services.database().jdbi(), true);
            long journalBefore = c.rows("journal");
            assertThatThrownBy(() -> c.services.receipting().poster().post(cashier, twoLinesPaidInCash(c)))
                    .isInstanceOf(StorageException.class)
                    .hasMessageStartingWith("Could not post the receipt; nothing was saved");
            assertThat(c.rows("receipt")).isEqualTo(1);
            assertThat(c.rows("receipt_line")).isEqualTo(2);
            assertThat(c.rows("journal")).isEqualTo(journalBefore);
            FailingTrigger.arm(c.services.database().jdbi(), false);
            assertThat(c.services.receipting().poster().post(cashier, twoLinesPaidInCash(c)).receiptNo()).isEqualTo("CD01-000002");
        }
    }

    @Test
    void numbersCarryOnAfterARestartAndAreNeverReused() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor cashier = c.cashier();
            for (int i = 0; i < 3; i++) {
                c.services.receipting().poster().post(cashier, twoLinesPaidInCash(c));
            }
        }
        try (TestCounter again = TestCounter.open(dir, store)) {
            Receipt r = again.services.receipting().poster().post(again.cashier(), twoLinesPaidInCash(again));
            assertThat(r.receiptNo()).isEqualTo("CD01-000004");
            List<String> numbers = again.services.database().jdbi().withHandle(h ->
                    h.createQuery("SELECT receipt_no FROM receipt ORDER BY number").mapTo(String.class).list());
            assertThat(numbers).containsExactly("CD01-000001", "CD01-000002", "CD01-000003", "CD01-000004");
            assertThat(again.services.database().jdbi().withHandle(h -> again.services.journal().verify(h)).intact())
                    .isTrue();
        }
    }

    @Test
    void aReceiptThatIsNotFullyPaidIsRefusedAndNothingIsWritten() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            ReceiptDraft shortPaid = ReceiptDraft.empty().withLine(c.line("DOGF")).withTender(Tender.cash(Money.ofDollars(100)));
            assertThatThrownBy(() -> c.services.receipting().poster().post(c.cashier(), shortPaid))
                    .isInstanceOf(Refused.class).hasMessage("$57.50 is still to pay.");
            assertThat(c.rows("receipt")).isZero();
        }
    }

    @Test
    void aLargeTaxInvoiceMustNameTheBuyer() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            ReceiptDraft big = ReceiptDraft.empty()
                    .withLine(DraftLine.of(c.fee("HALL"), "B-77", 20, c.fee("HALL").amount()))
                    .withTender(Tender.eftpos(Money.ofDollars(1100), "EF123"));
            assertThatThrownBy(() -> c.services.receipting().poster().post(c.cashier(), big))
                    .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.field()).isEqualTo("payerName"))
                    .hasMessageContaining("must show the buyer");
            Receipt r = c.services.receipting().poster().post(c.cashier(), big.withPayer("Riverbend Rotary Club", ""));
            assertThat(r.payerName()).isEqualTo("Riverbend Rotary Club");
            assertThat(r.gst()).isEqualTo(Money.ofDollars(100));
        }
    }
}
