package org.counterdesk.banking;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterdesk.app.AppServices;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.PettyCashClaim;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;

/**
 * A banking day built through the real services, for the banking document tests. Casey
 * Nguyen (1001) takes cash, two cheques, a money order and a card payment, voids a mistake,
 * pays petty cash and drops cash to the safe, and closes balanced; Sam Okafor (2001) takes a
 * split payment and closes 50 cents short, within tolerance. Casey prepares the banking, Sam
 * checks it.
 */
final class BankingDays {

    static final SessionOpening.Approval SAM = new SessionOpening.Approval("2001", "2222", "");
    static final String REFERENCE = "BAG 4471";
    /** The cheque that comes back dishonoured: its payer is not its drawer. */
    static final String BOUNCING_CHEQUE = "300100";

    private final TestCounter c;
    private final AppServices s;
    final Actor casey;
    final Actor sam;
    final LocalDate day1;
    Receipt bouncing;

    BankingDays(TestCounter c) {
        this.c = c;
        this.s = c.services;
        this.casey = c.cashier();
        this.sam = c.supervisor();
        this.day1 = s.counter().businessDate();
    }

    /** Takes the day's payments in both drawers, closes them and banks them; returns the deposit. */
    Deposit bankedDay() {
        s.receipting().poster().post(casey, Receipts.taxInvoiceInCash(c, "Nina Dang"));
        s.receipting().poster().post(casey, Receipts.everyTender(c));
        bouncing = s.receipting().poster().post(casey, ReceiptDraft.empty().withLine(c.line("DOGF"))
                .withTender(Tender.cheque(Money.ofCents(157_50), "A & B Citizen", "Westpac", "032-100", BOUNCING_CHEQUE))
                .withPayer("Alex Citizen", ""));
        Receipt wrong = Days.cashTag(c, casey);
        c.clock.advance(Duration.ofMinutes(5));
        s.receipting().voids().voidReceipt(casey, new VoidService.Request(wrong.receiptNo(), "2001", "2222", "Wrong fee keyed", ""));
        s.drawer().movements().pettyCash(casey, new PettyCashClaim("Jordan Lee", "Milk for the counter team", "1-1100-4410",
                "Coles 4471-0098", Money.ofCents(12_30)), SAM);
        s.drawer().movements().drop(casey, CashCount.of(Map.of(Denomination.N20, 2L)), SAM);
        Drawers.open(s, sam);
        Days.splitRates(c, sam, 55_02);
        c.clock.advance(Duration.ofHours(6));
        Drawers.closeBalanced(s, casey);
        closeShort(sam, Money.ofCents(50));
        return s.bankingRoom().banking().bank(casey, REFERENCE, "2001", "2222");
    }

    /** Closes the first day, then on the next records the bank's dishonour of the cheque, with a $15 fee. */
    Dishonour dishonouredNextDay() {
        s.bankingRoom().dayClosures().close(sam, day1);
        c.clock.advance(Duration.ofDays(1));
        return s.bankingRoom().dishonours().record(sam, bouncing.receiptNo(), 1, "WBC-DH-7781", day1.plusDays(1), Money.ofCents(15_00));
    }

    /** Counts {@code short} less cash than expected (every cheque and the EFTPOS exact) and keeps the float. */
    private void closeShort(Actor actor, Money shortBy) {
        DrawerSession session = s.drawer().sessions().current(actor).orElseThrow();
        var figures = s.drawer().closing().status(session.id()).figures();
        CashCount cash = Drawers.cashOf(figures.expectedCash().minus(shortBy));
        s.drawer().closing().submit(actor, new ClosingCount(cash,
                figures.instruments().stream().map(Instrument::key).collect(Collectors.toSet()), figures.eftpos(),
                FloatSuggestion.keep(cash, session.setFloat())));
    }
}
