package org.counterdesk.drawer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.Store;
import org.counterdesk.testing.TestCounter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The drawer's rules on H2 and on PostgreSQL: opening, movements, the blind close and its decisions. */
@ParameterizedClass
@EnumSource(Store.class)
class DrawerSessionTest {

    @Parameter
    Store store;

    private static final SessionOpening.Approval SAM = new SessionOpening.Approval("2001", "2222", "Checked with me");

    @TempDir
    Path dir;

    private static Drawer drawer(TestCounter c, Actor a, int index) {
        return c.services.drawer().sessions().drawers(a).get(index);
    }

    @Test
    void aFloatThatDiffersNeedsASupervisorAndANoteAndTheDifferenceIsKept() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.signIn("1001", "1111");
            CashCount short5 = Drawers.cashOf(Money.ofDollars(195));
            long drawerId = drawer(c, casey, 0).id();
            assertThatThrownBy(() -> c.services.drawer().opening().open(casey, drawerId, short5, SessionOpening.Approval.NONE))
                    .hasMessageContaining("$5.00 short of the $200.00 float: a supervisor must acknowledge it");
            assertThatThrownBy(() -> c.services.drawer().opening().open(casey, drawerId, short5,
                    new SessionOpening.Approval("1001", "1111", "Mine"))).hasMessageContaining("is not a supervisor");
            DrawerSession s = c.services.drawer().opening().open(casey, drawerId, short5, SAM);
            assertThat(s.state()).isEqualTo(SessionState.OPEN);
            assertThat(c.services.drawer().reports().report(s.id()).opening().difference()).isEqualTo(Money.ofDollars(-5));
        }
    }

    @Test
    void oneOpenSessionPerDrawerAndOneDrawerPerCashier() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            long caseysDrawer = c.services.drawer().sessions().current(casey).orElseThrow().drawerId();
            CashCount exact = Drawers.demoFloat();
            assertThatThrownBy(() -> c.services.drawer().opening().open(sam, caseysDrawer, exact, SessionOpening.Approval.NONE))
                    .hasMessage("Drawer CD01-1 is already open for Casey Nguyen.");
            long other = drawer(c, casey, 1).id();
            assertThatThrownBy(() -> c.services.drawer().opening().open(casey, other, exact, SessionOpening.Approval.NONE))
                    .hasMessage("You already have drawer CD01-1 open: close it first.");
            assertThat(c.services.drawer().opening().open(sam, other, exact, SessionOpening.Approval.NONE).drawerCode())
                    .isEqualTo("CD01-2");
        }
    }

    @Test
    void receiptingNeedsTheCashiersOwnOpenSessionOfToday() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.signIn("1001", "1111");
            ReceiptDraft tag = ReceiptDraft.empty().withLine(c.line("TAG")).withTender(Tender.cash(Money.ofDollars(10)));
            assertThatThrownBy(() -> c.services.receipting().poster().post(casey, tag)).hasMessageContaining("Open your drawer first");
            Drawers.open(c.services, casey);
            c.services.receipting().poster().post(casey, tag);
            c.clock.advance(Duration.ofDays(1));
            ReceiptDraft nextDay = ReceiptDraft.empty().withLine(c.line("TAG")).withTender(Tender.cash(Money.ofDollars(10)));
            assertThatThrownBy(() -> c.services.receipting().poster().post(casey, nextDay))
                    .hasMessageContaining("close it (F11) and open a new one");
        }
    }

    @Test
    void pettyCashNeedsADocketAnotherPersonsApprovalAndStaysWithinTheLimit() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            CashMovements cash = c.services.drawer().movements();
            PettyCashClaim noDocket = new PettyCashClaim("Pat", "Milk", "1-1900-9030", " ", Money.ofDollars(5));
            assertThatThrownBy(() -> cash.pettyCash(casey, noDocket, SAM)).hasMessageContaining("no docket, no petty cash");
            PettyCashClaim tooMuch = new PettyCashClaim("Pat", "Chairs", "1-1900-9030", "D1", Money.ofDollars(150));
            assertThatThrownBy(() -> cash.pettyCash(casey, tooMuch, SAM)).hasMessage("Petty cash is limited to $100.00 a claim.");
            PettyCashClaim ok = new PettyCashClaim("Pat", "Milk", "1-1900-9030", "Coles 4411", Money.ofCents(1250));
            assertThatThrownBy(() -> cash.pettyCash(casey, ok, new SessionOpening.Approval("1001", "1111", "")))
                    .hasMessageContaining("is not a supervisor");
            CashMovement paid = cash.pettyCash(casey, ok, SAM);
            assertThat(paid.voucherNo()).isEqualTo("CD01-P0001");
            assertThat(paid.approvedBy()).isEqualTo("Sam Okafor");
            assertThat(c.rows("cash_movement")).isEqualTo(1);
        }
    }

    @Test
    void aDropCannotTakeMoreThanTheDrawerHolds() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            CashCount tooMuch = CashCount.of(Map.of(Denomination.N100, 3L));
            assertThatThrownBy(() -> c.services.drawer().movements().drop(casey, tooMuch, SAM))
                    .hasMessageContaining("should hold only $200.00 in cash");
            assertThat(c.rows("cash_movement")).isZero();
        }
    }

    @Test
    void theCloseIsBlindKeepsTheFloatAndCannotHappenTwice() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor casey = c.cashier();
            c.services.receipting().poster().post(casey, ReceiptDraft.empty().withLine(c.line("TAG"))
                    .withTender(Tender.cash(Money.ofDollars(10))));
            CashCount cash = Drawers.cashOf(Money.ofDollars(207));
            SessionClosing closing = c.services.drawer().closing();
            assertThatThrownBy(() -> closing.submit(casey, new ClosingCount(cash, Set.of(), Money.ZERO,
                    CashCount.of(Map.of(Denomination.N100, 1L))))).hasMessageContaining("Keep exactly the drawer's $200.00 float");
            SessionClosing.Status st = closing.submit(casey, new ClosingCount(cash, Set.of(), Money.ZERO,
                    FloatSuggestion.keep(cash, Money.ofDollars(200))));
            assertThat(st.close().orElseThrow().outcome()).isEqualTo(CloseOutcome.BALANCED);
            assertThatThrownBy(() -> closing.submit(casey, new ClosingCount(cash, Set.of(), Money.ZERO, cash)))
                    .hasMessage("You have no drawer open to close.");
            assertThat(c.services.drawer().opening().lastKeptFloat(st.session().drawerId()).orElseThrow().total())
                    .isEqualTo(Money.ofDollars(200));
        }
    }

    @Test
    void voidsStopOnceTheDrawerIsCountedAndTheCashierCannotDecideTheirOwnVariance() throws Exception {
        try (TestCounter c = TestCounter.demo(dir, store)) {
            Actor sam = c.supervisor();
            Drawers.open(c.services, sam);
            var r = c.services.receipting().poster().post(sam, ReceiptDraft.empty().withLine(c.line("TAG"))
                    .withTender(Tender.cash(Money.ofDollars(10))));
            CashCount short10 = Drawers.cashOf(Money.ofDollars(197));
            SessionClosing.Status pending = c.services.drawer().closing().submit(sam, new ClosingCount(short10, Set.of(), Money.ZERO,
                    FloatSuggestion.keep(short10, Money.ofDollars(200))));
            assertThat(pending.session().state()).isEqualTo(SessionState.PENDING);
            assertThatThrownBy(() -> c.services.receipting().voids().voidReceipt(sam,
                    new VoidService.Request(r.receiptNo(), "2001", "2222", "Late", null)))
                    .hasMessageContaining("has been counted or closed");
            assertThatThrownBy(() -> c.services.drawer().closing().decide(sam, pending.session().id(), Decision.ACCEPT, "Fine",
                    SAM)).hasMessageContaining("cannot approve their own");
            assertThatThrownBy(() -> c.services.drawer().closing().decide(sam, pending.session().id(), Decision.WRITE_OFF, "",
                    SAM)).hasMessageContaining("Write a note");
        }
    }
}
