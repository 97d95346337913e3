package org.counterdesk.receipting.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.money.TenderKind;
import org.counterdesk.testing.CounterModelTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The receipt screen's rules, through its view model: what is typed in, what its properties then say. */
class ReceiptingViewModelTest extends CounterModelTest {

    private ReceiptingViewModel model;

    @BeforeEach
    void counter() throws Exception {
        model = new ReceiptingViewModel(new ReceiptingScreens(counter.receipting(), counter.services.counter(),
                counter.services.feesRoom().catalog(), counter.cashier(), steps.background()));
        model.refreshFees();
    }

    /** Adds a fixed-price fee, as Enter on its code does. */
    private void line(String code) {
        LineEntry line = model.form().line();
        line.fields().query().set(code);
        line.choose(line.best().orElseThrow());
        assertThat(model.addLine()).as("line " + code + " added: " + model.shown().errors().general().get()).isTrue();
    }

    private boolean tender(TenderKind kind, String amount, String... details) {
        model.startTender(kind);
        var fields = TenderEntry.fieldsOf(kind);
        model.form().tender().text(fields.get(0)).set(amount);
        for (int i = 0; i < details.length; i++) {
            model.form().tender().text(fields.get(i + 1)).set(details[i]);
        }
        return model.addTender();
    }

    @Test
    void aReferenceThatFailsItsCheckDigitIsRefusedBesideTheReferenceAndNoLineIsAdded() {
        LineEntry line = model.form().line();
        line.fields().query().set("RATES");
        line.choose(line.best().orElseThrow());
        line.fields().reference().set("89557137");
        assertThat(line.checkReference()).isFalse();
        assertThat(model.shown().errors().of("reference").get()).contains("Assessment number 89557137 fails its check digit");
        line.fields().amount().set("55");
        assertThat(model.addLine()).isFalse();
        assertThat(model.shown().lines()).isEmpty();
        assertThat(model.totals().total().get()).isEqualTo("$0.00");
    }

    @Test
    void cashIsRoundedToFiveCentsAndTheChangeIsWhatIsLeft() {
        line("TAG");
        var totals = model.totals();
        assertThat(totals.total().get()).isEqualTo("$7.02");
        assertThat(totals.cashPrice().get()).isEqualTo("Cash price $7.00");
        assertThat(totals.rounding().get()).isEmpty();
        assertThat(tender(TenderKind.CASH, "10")).isTrue();
        assertThat(totals.cashPrice().get()).isEmpty();
        assertThat(totals.rounding().get()).isEqualTo("Cash rounding -$0.02");
        assertThat(totals.toPay().get()).isEqualTo("$0.00");
        assertThat(totals.change().get()).isEqualTo("$3.00");
        assertThat(model.shown().settlement().get().settled()).isTrue();
    }

    @Test
    void splitTendersRoundOnlyTheCashPartAndOnlyCashGivesChange() {
        line("TAG");
        line("DOGD");
        assertThat(tender(TenderKind.EFTPOS, "20", "EF1")).isTrue();
        assertThat(model.totals().toPay().get()).isEqualTo("$39.52");
        model.startTender(TenderKind.CHEQUE);
        assertThat(model.form().tender().text("chequeAmount").get()).as("what is left is offered").isEqualTo("39.52");
        assertThat(tender(TenderKind.CASH, "50")).isTrue();
        assertThat(model.shown().tenders()).hasSize(2);
        assertThat(model.totals().rounding().get()).isEqualTo("Cash rounding -$0.02");
        assertThat(model.totals().change().get()).isEqualTo("$10.50");

        model.removeTender(1);
        assertThat(tender(TenderKind.EFTPOS, "50", "EF2")).isTrue();
        assertThat(model.shown().errors().of("tender").get()).contains("only cash can be given change");
    }

    @Test
    void aTenderWithoutItsAmountOrDetailsIsRefusedAtTheFieldThatIsWrong() {
        line("TAG");
        assertThat(tender(TenderKind.CASH, "")).isFalse();
        assertThat(model.shown().errors().of("cashAmount").get()).isNotEmpty();
        assertThat(tender(TenderKind.CHEQUE, "7.02", "", "Westpac", "12-345", "100200")).isFalse();
        assertThat(model.shown().errors().of("chequeDrawer").get()).contains("Enter who the cheque is from");
        assertThat(model.shown().tenders()).isEmpty();
    }

    @Test
    void aPostedReceiptClearsTheDraftAndItsChangeStaysOnShow() {
        line("TAG");
        tender(TenderKind.CASH, "20");
        steps.run(() -> model.post(() -> { }));
        assertThat(model.shown().lines()).isEmpty();
        assertThat(model.totals().lastPostedHeadline().get()).matches("Receipt CD01-\\S+ posted");
        assertThat(model.totals().change().get()).isEqualTo("$13.00");
        assertThat(counter.rows("receipt")).isEqualTo(1);
    }
}
