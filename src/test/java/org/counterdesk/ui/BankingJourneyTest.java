package org.counterdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javafx.scene.input.KeyCode;
import org.counterdesk.banking.DayClosure;
import org.counterdesk.banking.Deposit;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.common.JsonSchemas;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.DemoUiTest;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Pdfs;
import org.counterdesk.testing.Screenshots;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;

/** End of day from the keyboard: two drawers banked by two people, the day closed, a cheque dishonoured next day. */
class BankingJourneyTest extends DemoUiTest {

    @Override
    protected void prepare(TestCounter c) {
        super.prepare(c);
        Actor casey = c.cashier();
        Actor sam = c.supervisor();
        Days.cashTag(c, casey);
        Days.chequeDog(c, casey, "300100");
        c.services.drawer().movements().drop(casey, CashCount.of(Map.of(Denomination.N20, 2L)),
                new SessionOpening.Approval("2001", "2222", ""));
        Drawers.open(c.services, sam);
        Days.splitRates(c, sam, 5502);
        Drawers.closeBalanced(c.services, casey);
        Drawers.closeBalanced(c.services, sam);
    }

    @Test
    void twoDrawersAreBankedTheDayClosedAndAChequeDishonouredTheNextDay() throws Exception {
        signIn("1001", "1111");
        waitUntil(() -> showing("#nav"));
        push(KeyCode.ALT, KeyCode.B);
        assertFocused("#reference");
        assertThat(text("#depositTotal")).startsWith("Deposit total $232.50");
        assertThat(showing("#bankingScope")).as("one PC: no choice of whole site").isFalse();
        enter("BAG 4471");
        enter("1001");
        enter("1111");
        waitForMessage("is not a supervisor");
        retype("#checkerNumber", "2001");
        enter("2222");
        waitUntil(() -> text("#done").startsWith("Deposit DEP-000001 (BAG 4471) of $232.50 banked."));
        Deposit d = counter.services.bankingRoom().banking().deposits().get(0);
        assertThat(d.cash()).isEqualTo(Money.ofCents(7500));
        assertThat(d.cheques()).isEqualTo(Money.ofCents(15750));
        assertThat(d.preparedBy()).isEqualTo("Casey Nguyen");
        assertThat(d.checkedBy()).isEqualTo("Sam Okafor");
        waitUntil(() -> text("#done").endsWith("The deposit advice was printed."));
        String advice = Pdfs.text(printed("DEP-000001.pdf"));
        assertThat(advice).contains("Deposit advice", "BAG 4471", "063-999", "10012345", "Casey Nguyen", "Sam Okafor",
                "$75.00", "$157.50", "$232.50", "300100", "R Patel");
        Pdfs.keepSample(printed("DEP-000001.pdf"), "journey-deposit-advice.pdf");

        type(KeyCode.F6);
        assertFocused("#closeDay");
        type(KeyCode.ENTER);
        assertFocused("#cancelCloseDay");
        type(KeyCode.TAB);
        assertFocused("#confirmCloseDay");
        type(KeyCode.ENTER);
        waitForMessage("Only a supervisor can close the day.");
        clickOn("#signOutButton");
        signIn("2001", "2222");
        waitUntil(() -> showing("#nav"));
        push(KeyCode.ALT, KeyCode.B);
        type(KeyCode.F6);
        assertFocused("#closeDay");
        assertThat(text("#closeDayTitle")).startsWith("Close ");
        type(KeyCode.ENTER);
        assertFocused("#cancelCloseDay");
        assertThat(text("#closeDayQuestion")).contains("for good?");
        Screenshots.save("banking-close-day-confirm");
        type(KeyCode.ENTER);
        assertFocused("#closeDay");
        assertThat(showing("#confirmCloseDay")).isFalse();
        type(KeyCode.ENTER);
        assertFocused("#cancelCloseDay");
        type(KeyCode.ESCAPE);
        assertFocused("#closeDay");
        assertThat(counter.services.bankingRoom().dayClosures().closures(counter.services.counter().terminal()))
                .as("Enter, Enter and Esc close nothing").isEmpty();
        type(KeyCode.ENTER);
        assertFocused("#cancelCloseDay");
        type(KeyCode.TAB);
        assertFocused("#confirmCloseDay");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#done").contains("closed as CD01-Z0001"));
        DayClosure z = counter.services.bankingRoom().dayClosures().closures(counter.services.counter().terminal()).get(0);
        assertThat(z.grandTotal()).isEqualTo(Money.ofCents(702 + 15750 + 5502));
        waitUntil(() -> text("#done").endsWith(
                "The day report was printed. Batch CD01-B000001 is in the outbox for finance."));
        assertThat(Pdfs.text(printed("CD01-Z0001.pdf"))).contains("CD01-Z0001", "$219.54", z.journalHead());
        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> text("#done").contains("A copy of the day report CD01-Z0001 was printed (marked COPY)."));
        assertThat(Pdfs.text(printed("CD01-Z0001-copy1.pdf"))).contains("COPY 1: the original was printed");
        Path batch = counter.services.exchangeRoom().folders().outbox().resolve("CD01-B000001.json");
        assertThat(JsonSchemas.check("batch", new ObjectMapper().readTree(batch.toFile()))).isEmpty();

        type(KeyCode.F3);
        assertFocused("#search");
        enter("CD01-000001");
        type(KeyCode.F6);
        waitForMessage("has been counted or closed");
        assertThat(counter.services.receipting().receipts().byNumber("CD01-000001").orElseThrow().isVoided()).isFalse();

        counter.clock.advance(Duration.ofDays(1));
        push(KeyCode.ALT, KeyCode.B);
        type(KeyCode.F7);
        clickOn("#chequeSearch");
        enter("300100");
        waitUntil(() -> showing("#chequeMatches"));
        assertFocused("#bankNotice");
        enter("WBC-DH-7781");
        enter("");
        enter("15.00");
        waitUntil(() -> text("#done").contains("CD01-R000001 reverses $157.50 of CD01-000002"));
        assertThat(counter.services.bankingRoom().dishonours().get(1).owing()).isEqualTo(Money.ofCents(17250));
        waitUntil(() -> text("#done").endsWith("The notice to the payer was printed."));
        assertThat(Pdfs.text(printed("CD01-R000001.pdf"))).contains("WBC-DH-7781", "$172.50");

        clickOn("DEP-000001");
        push(KeyCode.CONTROL, KeyCode.P);
        waitUntil(() -> text("#done").contains("A copy of the deposit advice DEP-000001 was printed (marked COPY)."));
        assertThat(Pdfs.text(printed("DEP-000001-copy1.pdf")))
                .contains("COPY 1: the original was printed when the drawers were banked");
    }

    private java.nio.file.Path printed(String name) {
        return counter.folder.printed().resolve(name);
    }
}
