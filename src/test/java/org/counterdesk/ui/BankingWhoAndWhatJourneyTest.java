package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/**
 * The demo data banks as the README says: Casey (a cashier, which the demo's settings allow)
 * prepares, Sam (the supervisor) checks. The screen says so, lists each drawer with its
 * amounts, variance and outcome, and leaves no cursor in the emptied PIN field.
 */
class BankingWhoAndWhatJourneyTest extends DemoUiTest {

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        Actor casey = c.cashier();
        Days.cashTag(c, casey);
        Days.chequeDog(c, casey, "300200");
        DrawerSession s = c.services.drawer().sessions().current(casey).orElseThrow();
        var figures = c.services.drawer().closing().status(s.id()).figures();
        // Five cents short: within the demo's $1.00 tolerance.
        CashCount cash = Drawers.cashOf(figures.expectedCash().minus(Money.ofCents(5)));
        c.services.drawer().closing().submit(casey, new ClosingCount(cash,
                figures.instruments().stream().map(Instrument::key).collect(Collectors.toSet()), figures.eftpos(),
                FloatSuggestion.keep(cash, s.setFloat())));
    }

    @Test
    void theCashierPreparesTheSupervisorChecksAndTheListShowsEachDrawersFigures() {
        signIn("1001", "1111");
        waitUntil(() -> showing("#nav"));
        push(KeyCode.ALT, KeyCode.B);
        assertFocused("#reference");
        assertThat(text("#whoBanks")).contains("You (Casey Nguyen) prepare this deposit",
                "Settings let cashiers prepare the banking", "A supervisor checks it");
        String row = cells();
        assertThat(row).contains("CD01-1", "Casey Nguyen", "short $0.05", "Within tolerance", "$157.50");
        Screenshots.save("banking-who-prepares");

        enter("BAG 5150");
        enter("2001");
        enter("2222");
        waitUntil(() -> text("#done").contains("banked."));
        assertThat(counter.services.bankingRoom().banking().deposits().get(0).checkedBy()).isEqualTo("Sam Okafor");
        waitUntil(() -> {
            Node owner = visible("#reference").getScene().getFocusOwner();
            return owner == null || !"checkerPin".equals(owner.getId()) && !"checkerNumber".equals(owner.getId());
        });
        Node owner = visible("#reference").getScene().getFocusOwner();
        assertThat(owner == null ? null : owner.getId()).as("the cursor left the PIN field").isNotEqualTo("checkerPin");
        waitUntil(() -> text("#done").endsWith("The deposit advice was printed."));
    }

    private String cells() {
        return lookup("#bankSessions .table-cell").queryAll().stream().map(n -> ((Labeled) n).getText())
                .filter(t -> t != null && !t.isEmpty()).collect(Collectors.joining(" | "));
    }
}
