package org.counterdesk.receipting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.CounterModelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Today's receipts, through its view model: finding a receipt, and voiding it with a supervisor. */
class TodayReceiptsViewModelTest extends CounterModelTest {

    private Actor cashier;
    private TodayReceiptsViewModel model;

    @BeforeEach
    void counter() throws Exception {
        cashier = counter.cashier();
        model = new TodayReceiptsViewModel(cashier, counter.services.counter(), counter.receipting(), steps.background());
    }

    private Receipt post(String code, Tender tender) {
        return counter.receipting().poster().post(cashier, ReceiptDraft.empty().withLine(counter.line(code))
                .withTender(tender));
    }

    private void select(Receipt r) {
        steps.run(model::refresh);
        model.form().selected().set(model.shown().receipts().stream().filter(x -> x.receiptNo().equals(r.receiptNo())).findFirst()
                .orElseThrow());
    }

    @Test
    void typingAReceiptNumberNarrowsTheList() {
        Receipt tag = post("TAG", Tender.cash(Money.ofDollars(10)));
        post("FOI", Tender.cash(Money.ofDollars(40)));
        steps.run(model::refresh);
        assertThat(model.shown().receipts()).hasSize(2);
        steps.run(() -> model.form().search().set(tag.receiptNo()));
        assertThat(model.shown().receipts()).extracting(Receipt::receiptNo).containsExactly(tag.receiptNo());
    }

    @Test
    void nothingSelectedAsksForAReceiptFirst() {
        steps.run(model::reprint);
        assertThat(model.shown().errors().general().get()).isEqualTo("Choose a receipt in the list first.");
        steps.run(model::startVoid);
        assertThat(model.shown().voiding().get()).isNull();
    }

    @Test
    void aVoidWithoutAReasonIsRefusedBesideTheReasonAndNothingIsVoided() {
        Receipt r = post("TAG", Tender.cash(Money.ofDollars(10)));
        select(r);
        steps.run(model::startVoid);
        assertThat(model.shown().voidTitle().get()).isEqualTo("Void receipt " + r.receiptNo());
        assertThat(model.shown().voidSummary().get()).startsWith("$7.02 paid by");
        assertThat(model.shown().refundNeeded().get()).isFalse();
        model.form().supervisorNumber().set("2001");
        model.form().supervisorPin().set("2222");
        steps.run(() -> model.confirmVoid(() -> { }));
        assertThat(model.shown().errors().of("reason").get()).contains("Give the reason for the void");
        assertThat(model.form().supervisorPin().get()).as("the PIN is never kept").isEmpty();
        assertThat(counter.rows("receipt_void")).isZero();
    }

    @Test
    void aSupervisorsVoidIsSaidInTheStatusAndTheListShowsIt() {
        Receipt r = post("TAG", Tender.eftpos(Money.ofCents(702), "EF1"));
        select(r);
        steps.run(model::startVoid);
        assertThat(model.shown().refundNeeded().get()).isTrue();
        model.form().reason().set("Keyed the wrong fee");
        model.form().refundReference().set("RF1");
        model.form().supervisorNumber().set("2001");
        model.form().supervisorPin().set("2222");
        steps.run(() -> model.confirmVoid(() -> { }));
        assertThat(model.shown().status().get()).startsWith("CD01-V000001 voids " + r.receiptNo() + ".");
        assertThat(model.shown().voiding().get()).isNull();
        assertThat(model.shown().receipts()).extracting(TodayReceiptsViewModel::state).containsExactly("VOID CD01-V000001");
    }
}
