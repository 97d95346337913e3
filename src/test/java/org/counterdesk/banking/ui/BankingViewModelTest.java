package org.counterdesk.banking.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.counterdesk.banking.ui.BankingViewModel.Part;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.CounterModelTest;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Receipts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The banking screen's rules, typed into its view model: a day's takings in Casey's closed
 * drawer, banked by Casey with Sam checking, then the day closed and the bank's answer recorded.
 */
class BankingViewModelTest extends CounterModelTest {

    private Actor casey;

    @BeforeEach
    void aClosedDrawer() throws Exception {
        casey = counter.cashier();
        counter.services.receipting().poster().post(casey, Receipts.taxInvoiceInCash(counter, "Nina Dang"));
        Drawers.closeBalanced(counter.services, casey);
    }

    private BankingViewModel screenOf(Actor actor) {
        BankingViewModel model = new BankingViewModel(actor, counter.services.counter(), counter.banking(),
                day -> " Sent to finance.", steps.background());
        act(model::refresh);
        return model;
    }

    private void act(Runnable step) {
        steps.run(step);
    }

    @Test
    void theClosedDrawerWaitsToBeBankedWithItsTotal() {
        BankingViewModel model = screenOf(casey);
        var candidates = model.bank().candidates().get();
        assertThat(candidates.drawers()).hasSize(1);
        assertThat(BankDrawersModel.totalLine(candidates.plan())).startsWith("Deposit total $");
        assertThat(BankDrawersModel.blockers(candidates)).isEmpty();
        assertThat(model.bank().whoBanks()).contains("You (Casey Nguyen) prepare this deposit");
    }

    @Test
    void aWrongCheckerPinIsRefusedClearedAndNothingIsBanked() {
        BankingViewModel model = screenOf(casey);
        act(() -> {
            model.bank().form().reference().set("BAG 1");
            model.bank().form().checkerNumber().set("2001");
            model.bank().form().checkerPin().set("0000");
            model.bankDrawers();
        });
        assertThat(model.shared().errors().any()).isTrue();
        assertThat(model.bank().form().checkerPin().get()).isEmpty();
        assertThat(model.bank().form().reference().get()).isEqualTo("BAG 1");
        assertThat(counter.rows("deposit")).isZero();
    }

    @Test
    void aCheckedDepositIsBankedAndItsAdvicePrinted() {
        BankingViewModel model = screenOf(casey);
        act(() -> {
            model.bank().form().reference().set("BAG 1");
            model.bank().form().checkerNumber().set("2001");
            model.bank().form().checkerPin().set("2222");
            model.bankDrawers();
        });
        assertThat(model.shown().done().get()).startsWith("Deposit DEP-000001 (BAG 1) of $")
                .endsWith("The deposit advice was printed.");
        assertThat(model.bank().form().reference().get()).isEmpty();
        assertThat(model.shown().part().get()).as("a cashier stays on the banking").isEqualTo(Part.BANK);
    }

    @Test
    void theDayClosesOnlyAfterTheQuestionAndThenGoesToFinance() {
        counter.banking().banking().bank(casey, "BAG 1", "2001", "2222");
        BankingViewModel model = screenOf(counter.supervisor());
        assertThat(CloseDayModel.title(model.day().preview().get())).startsWith("Close ");
        act(model::reprintDayReport);
        assertThat(model.shared().errors().general().get())
                .isEqualTo("No day has been closed yet: there is no day report to print again.");

        act(model::closeDay);
        assertThat(model.day().lastClosure().get()).as("not without the question").isNull();

        act(() -> model.day().ask());
        assertThat(model.day().confirming().get()).isTrue();
        assertThat(model.day().question().get()).contains("for good?");
        act(model::closeDay);

        assertThat(model.shown().done().get()).contains("closed as CD01-Z0001").endsWith("Sent to finance.");
        assertThat(CloseDayModel.lastLine(model.day().lastClosure().get())).startsWith("Last closed: CD01-Z0001");
    }

    @Test
    void afterTheBankAnUnreadableCreditAndADishonourWithNoChequeAreRefusedBesideTheirFields() {
        counter.banking().banking().bank(casey, "BAG 1", "2001", "2222");
        BankingViewModel model = screenOf(counter.supervisor());
        AfterBankModel after = model.after();
        assertThat(after.lists().deposits()).hasSize(1);
        act(() -> {
            after.form().deposit().set(after.lists().deposits().get(0));
            after.form().credited().set("lots");
            after.recordAdjustment(model.shown().done()::set);
        });
        assertThat(model.shared().errors().of("credited").get()).isNotBlank();

        act(model::recordDishonour);
        assertThat(model.shared().errors().of("search").get()).isEqualTo("Find and choose the cheque first.");
    }
}
