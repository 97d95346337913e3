package org.counterdesk.banking;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.testing.Drawers;
import org.counterdesk.testing.TestCounter;

/**
 * Whatever happens over a run of days (receipts paid every way, voids, cheques dishonoured
 * later), each closure's grand total is the previous one plus its period, and the last equals
 * every fee receipted less every void and every reversal.
 */
class GrandTotalPropertyTest {

    /** One payment: its amount in cents, how it is paid, and whether it is voided or (if a cheque) dishonoured. */
    record Payment(long cents, int tender, boolean voided, boolean dishonoured) {
    }

    @Provide
    Arbitrary<List<List<Payment>>> days() {
        Arbitrary<Payment> payment = Combinators.combine(Arbitraries.longs().between(1, 50_000),
                Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 9),
                Arbitraries.integers().between(0, 2)).as((cents, tender, v, x) -> new Payment(cents, tender, v == 0,
                x == 0 && tender == 1));
        return payment.list().ofMinSize(1).ofMaxSize(4).list().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 6)
    void theGrandTotalIsEverythingReceiptedLessVoidsAndReversals(@ForAll("days") List<List<Payment>> days)
            throws Exception {
        Path dir = Files.createTempDirectory("grand-total");
        try (TestCounter c = TestCounter.demo(dir)) {
            Actor casey = c.cashier();
            Actor sam = c.supervisor();
            long expected = 0;
            List<Receipt> toDishonour = new ArrayList<>();
            Money previous = Money.ZERO;
            for (List<Payment> day : days) {
                Drawers.open(c.services, casey);
                for (Receipt cheque : toDishonour) {
                    c.services.bankingRoom().dishonours().record(sam, cheque.receiptNo(), 1, "N-" + cheque.receiptNo(),
                            c.services.counter().businessDate(), Money.ZERO);
                    expected -= cheque.total().cents();
                }
                toDishonour.clear();
                for (Payment p : day) {
                    Receipt r = c.services.receipting().poster().post(casey, draft(c, p));
                    expected += r.total().cents();
                    if (p.voided()) {
                        c.services.receipting().voids().voidReceipt(casey, new VoidService.Request(r.receiptNo(), "2001", "2222",
                                "Property test", p.tender() == 2 ? "RF" + r.receiptNo() : null));
                        expected -= r.total().cents();
                    } else if (p.dishonoured()) {
                        toDishonour.add(r);
                    }
                }
                Drawers.closeBalanced(c.services, casey);
                c.services.bankingRoom().banking().bank(casey, "BAG " + c.services.counter().businessDate(), "2001", "2222");
                DayClosure z = c.services.bankingRoom().dayClosures().close(sam, c.services.counter().businessDate());
                assertThat(z.previousGrandTotal()).isEqualTo(previous);
                assertThat(z.grandTotal()).isEqualTo(previous.plus(z.figures().periodTotal()));
                previous = z.grandTotal();
                c.clock.advance(Duration.ofDays(1));
            }
            assertThat(previous.cents()).isEqualTo(expected);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    private static ReceiptDraft draft(TestCounter c, Payment p) {
        Money amount = Money.ofCents(p.cents());
        ReceiptDraft d = ReceiptDraft.empty().withLine(c.line("RATES", "89557136", p.cents()));
        return switch (p.tender()) {
            case 0 -> d.withTender(Tender.cash(amount.plus(Money.ofCents(5))));
            case 1 -> d.withTender(Tender.cheque(amount, "R Patel", "ANZ", "013-006", Long.toString(100_000 + p.cents())));
            default -> d.withTender(Tender.eftpos(amount, "EF" + p.cents()));
        };
    }
}
