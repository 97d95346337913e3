package org.counterdesk.drawer;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.counterdesk.app.AppServices;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Receipts;
import org.counterdesk.testing.TestCounter;

/**
 * Drawer sessions built through the real services, as a day at the counter goes, for the
 * document tests. Casey Nguyen (1001) is the cashier; Sam Okafor (2001) approves.
 */
final class DrawerDays {

    static final SessionOpening.Approval SAM = new SessionOpening.Approval("2001", "2222", "");

    private final TestCounter c;
    private final AppServices s;

    DrawerDays(TestCounter c) {
        this.c = c;
        this.s = c.services;
    }

    /** Casey signed in, with drawer CD01-1 opened on {@code floatCount} (a difference acknowledged by Sam). */
    Actor open(CashCount floatCount, String differenceNote) {
        Actor casey = c.signIn("1001", "1111");
        Drawer drawer = s.drawer().sessions().drawers(casey).get(0);
        SessionOpening.Approval approval = floatCount.total().equals(drawer.setFloat()) ? SessionOpening.Approval.NONE
                : new SessionOpening.Approval("2001", "2222", differenceNote);
        s.drawer().opening().open(casey, drawer.id(), floatCount, approval);
        return casey;
    }

    long session(Actor casey) {
        return s.drawer().sessions().current(casey).orElseThrow().id();
    }

    /**
     * The morning of the busy session, up to the moment an X report is printed: five receipts
     * (cash with rounding, four tenders, EFTPOS, a voided cash one, a cheque), a void, a petty
     * cash claim and a drop. Expected cash is then $186.55.
     */
    CashMovement busyMorning(Actor casey) {
        post(casey, Receipts.taxInvoiceInCash(c, "Nina Dang"));
        post(casey, Receipts.everyTender(c));
        post(casey, ReceiptDraft.empty().withLine(c.line("FOOD2", "FP-20931", 47340))
                .withTender(Tender.eftpos(Money.ofCents(47340), "EF200001")).withPayer("Riverside Cafe", ""));
        Receipt wrong = post(casey, ReceiptDraft.empty().withLine(c.line("CATD"))
                .withTender(Tender.cash(Money.ofDollars(40))));
        c.clock.advance(Duration.ofMinutes(5));
        s.receipting().voids().voidReceipt(casey, new VoidService.Request(wrong.receiptNo(), "2001", "2222", "Wrong fee keyed", ""));
        post(casey, Receipts.mailedCheque(c, 250_00, "100201"));
        c.clock.advance(Duration.ofMinutes(40));
        CashMovement petty = s.drawer().movements().pettyCash(casey, new PettyCashClaim("Jordan Lee",
                "Milk and tea for the customer service team", "1-1100-4410", "Coles 4471-0098", Money.ofCents(23_45)), SAM);
        c.clock.advance(Duration.ofMinutes(30));
        s.drawer().movements().drop(casey, CashCount.of(Map.of(Denomination.N50, 1L, Denomination.N20, 2L, Denomination.N10, 1L)),
                SAM);
        c.clock.advance(Duration.ofMinutes(30));
        return petty;
    }

    /** The afternoon: a $385 rates payment in cash. Expected cash is then $571.55. */
    void busyAfternoon(Actor casey) {
        post(casey, ReceiptDraft.empty().withLine(c.line("RATES", "89557136", 385_00))
                .withTender(Tender.cash(Money.ofDollars(400))));
        c.clock.advance(Duration.ofHours(3));
    }

    /** $566.55 in notes and coins: $5 short of the busy session's expected cash. */
    static CashCount fiveShort() {
        return CashCount.of(Map.ofEntries(Map.entry(Denomination.N100, 2L), Map.entry(Denomination.N50, 3L),
                Map.entry(Denomination.N20, 6L), Map.entry(Denomination.N10, 5L), Map.entry(Denomination.N5, 6L),
                Map.entry(Denomination.C200, 4L), Map.entry(Denomination.C100, 6L), Map.entry(Denomination.C50, 3L),
                Map.entry(Denomination.C20, 4L), Map.entry(Denomination.C10, 2L), Map.entry(Denomination.C5, 1L)));
    }

    /** Counts {@code cash} with every instrument ticked except {@code missing}, the EFTPOS total as expected. */
    SessionClosing.Status count(Actor casey, CashCount cash, String missingNumber) {
        DrawerSession session = s.drawer().sessions().current(casey).orElseThrow();
        SessionFigures f = s.drawer().closing().status(session.id()).figures();
        Set<String> present = f.instruments().stream().filter(i -> !i.number().equals(missingNumber))
                .map(Instrument::key).collect(Collectors.toSet());
        return s.drawer().closing().submit(casey, new ClosingCount(cash, present, f.eftpos(),
                FloatSuggestion.keep(cash, session.setFloat())));
    }

    /** Counts exactly what is expected. */
    SessionClosing.Status countExactly(Actor casey) {
        long id = session(casey);
        return count(casey, Drawers.cashOf(s.drawer().closing().status(id).figures().expectedCash()), null);
    }

    SessionClosing.Status decide(Actor casey, long sessionId, Decision decision, String note) {
        c.clock.advance(Duration.ofMinutes(10));
        return s.drawer().closing().decide(casey, sessionId, decision, note, SAM);
    }

    Receipt post(Actor casey, ReceiptDraft draft) {
        Receipt r = s.receipting().poster().post(casey, draft);
        c.clock.advance(Duration.ofMinutes(15));
        return r;
    }
}
