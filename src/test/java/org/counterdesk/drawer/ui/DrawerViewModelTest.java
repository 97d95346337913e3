package org.counterdesk.drawer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.ui.CashOutModel.Mode;
import org.counterdesk.drawer.ui.DrawerViewModel.Panel;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.testing.CounterModelTest;
import org.counterdesk.testing.Drawers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The drawer screen's rules, typed into its view model: opening, cash out, the blind count. */
class DrawerViewModelTest extends CounterModelTest {

    private DrawerViewModel model;

    @BeforeEach
    void casey() throws Exception {
        model = new DrawerViewModel(counter.signIn("1001", "1111"), counter.drawer(), steps.background(), "1-1100-4410",
                ZoneId.of("Australia/Melbourne"));
        act(model::refresh);
    }

    private void act(Runnable step) {
        steps.run(step);
    }

    private Money setFloat() {
        return model.openDrawer().form().drawer().get().setFloat();
    }

    @Test
    void withNoSessionTheScreenOpensOnOpeningTheFirstDrawer() {
        assertThat(model.shown().panel().get()).isEqualTo(Panel.OPEN_DRAWER);
        assertThat(model.openDrawer().form().drawers()).isNotEmpty();
        assertThat(model.openDrawer().form().drawer().get()).isEqualTo(model.openDrawer().form().drawers().get(0));
    }

    @Test
    void aDrawerAnotherCashierHasOpenIsNotTheOneOffered() {
        Drawer first = model.openDrawer().form().drawer().get();
        open();
        DrawerViewModel sam = new DrawerViewModel(counter.signIn("2001", "2222"), counter.drawer(), steps.background(),
                "1-1100-4410", ZoneId.of("Australia/Melbourne"));
        act(sam::refresh);

        Drawer offered = sam.openDrawer().form().drawer().get();
        assertThat(offered).isNotNull().isNotEqualTo(first);
        assertThat(sam.openDrawer().form().drawers()).contains(first, offered);
    }

    @Test
    void aFloatShortOfTheSetAmountNeedsASupervisorBeforeTheDrawerOpens() {
        act(() -> model.openDrawer().form().count().fill(Drawers.cashOf(setFloat().minus(Money.ofDollars(10)))));
        assertThat(model.openDrawer().differs().get()).isTrue();
        assertThat(model.openDrawer().difference().get()).contains("counted " + setFloat().minus(Money.ofDollars(10)).format());

        act(() -> model.openDrawer().open(model::opened));

        assertThat(model.shared().errors().of("supervisor").get()).contains("a supervisor must acknowledge it");
        assertThat(model.shown().panel().get()).isEqualTo(Panel.OPEN_DRAWER);
    }

    @Test
    void anExactFloatOpensTheDrawer() {
        open();
        assertThat(model.shown().panel().get()).isEqualTo(Panel.IN_SESSION);
        assertThat(model.shown().done().get()).isEqualTo("Drawer open. You can take payments now (F2).");
        assertThat(model.shown().sessionTitle().get()).endsWith(" is open");
        assertThat(model.shown().sessionSummary().get()).contains("by Casey Nguyen", "float " + setFloat().format());
    }

    @Test
    void pettyCashOfAnUnreadableAmountIsRefusedBesideTheAmount() {
        open();
        act(() -> {
            model.cashOut().mode().set(Mode.PETTY_CASH);
            model.cashOut().form().claimant().set("Jordan Lee");
            model.cashOut().form().amount().set("12.3x");
            model.cashOut().submit(model.shown().done()::set, m -> { });
        });
        assertThat(model.shared().errors().of("amount").get()).isNotBlank();
        assertThat(counter.rows("cash_movement")).isZero();
    }

    @Test
    void leavingTheCountGoesBackToTheOpenDrawerAndAnUnreadableRowIsRefused() {
        open();
        act(model::startClose);
        assertThat(model.shown().panel().get()).isEqualTo(Panel.CLOSING_COUNT);
        act(() -> assertThat(model.backToSession()).isTrue());
        assertThat(model.shown().panel().get()).isEqualTo(Panel.IN_SESSION);

        act(model::startClose);
        act(() -> {
            model.closeDrawer().countForm().cash().typed(Denomination.N100).set("two");
            model.submitCount();
        });
        assertThat(model.shared().errors().general().get()).isEqualTo(
                "Some rows of the count cannot be read: see the messages beside them.");
        assertThat(model.closeDrawer().countForm().cash().message(Denomination.N100).get()).isNotBlank();
        assertThat(model.shown().panel().get()).isEqualTo(Panel.CLOSING_COUNT);
    }

    @Test
    void anExactCountClosesTheDrawerAndShowsItsBalance() {
        open();
        act(model::startClose);
        act(() -> {
            model.closeDrawer().countForm().cash().fill(Drawers.cashOf(setFloat()));
            model.closeDrawer().countForm().eftpos().set("0.00");
            model.closeDrawer().suggestKeptFloat();
        });
        assertThat(model.closeDrawer().countForm().kept().total().get()).isEqualTo(setFloat());
        assertThat(model.closeDrawer().keptHelp().get()).contains("exactly " + setFloat().format());

        act(model::submitCount);

        assertThat(model.shown().panel().get()).isEqualTo(Panel.RESULT);
        assertThat(model.shown().status().get().close()).isPresent();
        assertThat(CloseDrawerModel.headline(model.shown().status().get())).startsWith("Drawer ").doesNotContain("waiting");
    }

    private void open() {
        act(() -> {
            model.openDrawer().form().count().fill(Drawers.cashOf(setFloat()));
            model.openDrawer().open(model::opened);
        });
    }
}
