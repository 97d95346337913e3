package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Days;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Banking, day closure, bank adjustments and dishonours, on H2 and on PostgreSQL. */
@ParameterizedClass
@EnumSource(Store.class)
class BankingTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    private static final SessionOpening.Approval SAM = new SessionOpening.Approval("2001", "2222", "");

    /** Two sessions: Casey takes cash and a cheque and drops $40; Sam takes a split payment. Both close balanced. */
    private static Receipt twoClosedSessions(TestCounter c, Actor casey, Actor sam) {
        Days.cashTag(c, casey);
        Receipt cheque = Days.chequeDog(c, casey, "300100");
        c.services.drawer().movements().drop(casey, CashCount.of(Map.of(Denomination.N20, 2L)), SAM);
        Drawers.open(c.services, sam);
        Days.splitRates(c, sam, 5502);
        Drawers.closeBalanced(c.services, casey);
        Drawers.closeBalanced(c.services, sam);
        return cheque;
    }

    @Test
    void aDepositHoldsTheCashLessTheFloatsPlusDropsAndTheChequesAndLocksTheSessions() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            twoClosedSessions(c, casey, sam);
            DepositPlan plan = c.services.bankingRoom().banking().candidates().plan();
            // Casey counts 200 + 7.00 - 40 = 167.00, all kept as the float (short of $200), plus the $40 dropped;
            // Sam counts 200 + 35.00, keeps 200 -> 35.00
            assertThat(plan.cash().total()).isEqualTo(Money.ofCents(4000 + 3500));
            assertThat(plan.cheques()).isEqualTo(Money.ofCents(15750));
            assertThat(plan.eftpos()).isEqualTo(Money.ofDollars(20));
            Deposit d = c.services.bankingRoom().banking().bank(casey, "BAG 4471", "2001", "2222");
            assertThat(d.depositNo()).isEqualTo("DEP-000001");
            assertThat(d.total()).isEqualTo(Money.ofCents(7500 + 15750));
            assertThat(d.preparedBy()).isEqualTo("Casey Nguyen");
            assertThat(d.checkedBy()).isEqualTo("Sam Okafor");
            assertThat(c.services.bankingRoom().banking().candidates().plan().sessions()).isEmpty();
            assertThat(c.services.bankingRoom().banking().detail(d.id()).contents().cash()).isEqualTo(plan.cash());
        }
    }

    @Test
    void bankingIsRefusedWithAPendingSessionAReusedReferenceOrThePreparerAsChecker() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            twoClosedSessions(c, casey, sam);
            assertThatThrownBy(() -> c.services.bankingRoom().banking().bank(sam, "BAG 1", "2001", "2222"))
                    .hasMessageContaining("cannot approve their own banking");
            c.services.bankingRoom().banking().bank(casey, "BAG 1", "2001", "2222");
            Drawers.open(c.services, casey);
            Days.cashTag(c, casey);
            var pending = c.services.drawer().closing().submit(casey, new org.counterdesk.drawer.ClosingCount(
                    Drawers.cashOf(Money.ofDollars(190)), java.util.Set.of(), Money.ZERO,
                    Drawers.cashOf(Money.ofDollars(190))));
            assertThat(pending.close()).isEmpty();
            assertThatThrownBy(() -> c.services.bankingRoom().banking().bank(casey, "BAG 2", "2001", "2222"))
                    .hasMessageContaining("waits for a supervisor's decision");
            c.services.drawer().closing().decide(casey, pending.session().id(), org.counterdesk.drawer.Decision.WRITE_OFF,
                    "Short, searched", SAM);
            assertThatThrownBy(() -> c.services.bankingRoom().banking().bank(casey, "bag 1", "2001", "2222"))
                    .hasMessage("Reference bag 1 is already on another deposit.");
            assertThat(c.rows("deposit")).isEqualTo(1);
        }
    }

    @Test
    void theDayClosesOnlyWhenBankedOnceAndItsGrandTotalCarriesForward() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            twoClosedSessions(c, casey, sam);
            var today = c.services.counter().businessDate();
            assertThatThrownBy(() -> c.services.bankingRoom().dayClosures().close(sam, today)).hasMessageContaining("not closed and banked");
            c.services.bankingRoom().banking().bank(casey, "BAG 9", "2001", "2222");
            assertThatThrownBy(() -> c.services.bankingRoom().dayClosures().close(casey, today))
                    .hasMessage("Only a supervisor can close the day.");
            DayClosure z = c.services.bankingRoom().dayClosures().close(sam, today);
            assertThat(z.closureNo()).isEqualTo("CD01-Z0001");
            assertThat(z.figures().receipts()).isEqualTo(3);
            assertThat(z.figures().periodTotal()).isEqualTo(Money.ofCents(702 + 15750 + 5502));
            assertThat(z.grandTotal()).isEqualTo(z.figures().periodTotal());
            assertThat(z.figures().byGl()).extracting(DayFigures.GlLine::gl).contains("1-4300-3325", "1-4300-3320");
            assertThat(z.journalHead()).hasSize(64);
            assertThatThrownBy(() -> c.services.bankingRoom().dayClosures().close(sam, today)).hasMessageContaining("already closed");
            // receipting now belongs to the next business date
            assertThat(c.services.counter().businessDate()).isEqualTo(today.plusDays(1));
        }
    }

    @Test
    void aDishonouredChequeIsReversedTheNextDayAndComesOffTheGrandTotal() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            Receipt cheque = twoClosedSessions(c, casey, sam);
            Receipt cash = c.services.receipting().receipts().byNumber("CD01-000001").orElseThrow();
            var day1 = c.services.counter().businessDate();
            assertThatThrownBy(() -> c.services.bankingRoom().dishonours().record(sam, cheque.receiptNo(), 1, "N1", day1, Money.ZERO))
                    .hasMessageContaining("has not been banked yet");
            c.services.bankingRoom().banking().bank(casey, "BAG 9", "2001", "2222");
            DayClosure first = c.services.bankingRoom().dayClosures().close(sam, day1);

            c.clock.advance(Duration.ofDays(1));
            assertThatThrownBy(() -> c.services.bankingRoom().dishonours().find(cash.receiptNo()))
                    .hasMessageContaining("was not paid by cheque");
            assertThat(c.services.bankingRoom().dishonours().find("300100")).hasSize(1);
            Dishonour x = c.services.bankingRoom().dishonours().record(sam, cheque.receiptNo(), 1, "WBC-DH-7781", day1.plusDays(1),
                    Money.ofCents(1500));
            assertThat(x.reversalNo()).isEqualTo("CD01-R000001");
            assertThat(x.owing()).isEqualTo(Money.ofCents(15750 + 1500));
            assertThatThrownBy(() -> c.services.bankingRoom().dishonours().record(sam, cheque.receiptNo(), 1, "again", day1.plusDays(1),
                    Money.ZERO)).hasMessageContaining("was already dishonoured (CD01-R000001)");
            assertThat(c.services.receipting().receipts().byNumber(cheque.receiptNo()).orElseThrow().total())
                    .isEqualTo(Money.ofCents(15750));

            DayClosure second = c.services.bankingRoom().dayClosures().close(sam, day1.plusDays(1));
            assertThat(second.figures().reversals()).isEqualTo(1);
            assertThat(second.figures().periodTotal()).isEqualTo(Money.ofCents(-15750));
            assertThat(second.previousGrandTotal()).isEqualTo(first.grandTotal());
            assertThat(second.grandTotal()).isEqualTo(first.grandTotal().minus(Money.ofCents(15750)));
            assertThat(second.closureNo()).isEqualTo("CD01-Z0002");
        }
    }

    @Test
    void bankAdjustmentsLeaveTheDepositAloneAndShowWhatIsStillOpen() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            twoClosedSessions(c, casey, sam);
            Deposit d = c.services.bankingRoom().banking().bank(casey, "BAG 5", "2001", "2222");
            BankAdjustments adjustments = c.services.bankingRoom().adjustments();
            assertThatThrownBy(() -> adjustments.record(sam, 999, Money.ZERO, "Short", "X1"))
                    .hasMessage("There is no deposit 999.");
            Reconciliation r = adjustments.record(sam, d.id(), d.total().minus(Money.ofDollars(5)), "Bank counted $5 short",
                    "WBC 2211");
            assertThat(r.openDifference()).isEqualTo(Money.ofDollars(-5));
            assertThat(r.reconciled()).isFalse();
            long adjustment = adjustments.adjustments(d.id()).get(0).id();
            Reconciliation done = adjustments.resolve(sam, adjustment, Resolution.WRITTEN_OFF, "Written off, over/short");
            assertThat(done.reconciled()).isTrue();
            assertThat(done.credited()).isEqualTo(d.total().minus(Money.ofDollars(5)));
            assertThatThrownBy(() -> adjustments.resolve(sam, adjustment, Resolution.RECOVERED, "again"))
                    .hasMessage("That bank adjustment is already resolved.");
        }
    }

    @Test
    void noFigureOfABankedSessionCanChange() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            twoClosedSessions(c, casey, sam);
            c.services.bankingRoom().banking().bank(casey, "BAG 7", "2001", "2222");
            assertThatThrownBy(() -> c.services.receipting().voids().voidReceipt(casey,
                    new VoidService.Request("CD01-000001", "2001", "2222", "Too late", null)))
                    .hasMessageContaining("counted or closed");
        }
    }
}
