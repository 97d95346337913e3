package org.counterdesk.testing;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.counterdesk.app.AppServices;
import org.counterdesk.fees.Fee;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.Tender;

/**
 * Receipts shaped like a counter's, made from the demo fee schedule: one and two lines, cash
 * that needs rounding, and EFTPOS split with cash. Amounts vary with the index so the rounding
 * and change vary too. Used by the crash tests' child process and by the benchmarks.
 */
public final class ReceiptMix {

    /** An assessment number that passes the rates fee's check digit (MOD10V01). */
    public static final String ASSESSMENT = "89557136";

    private final AppServices services;
    private final Map<String, Fee> fees = new HashMap<>();

    public ReceiptMix(AppServices services) {
        this.services = services;
    }

    /** The counter mix: four shapes in turn, one or two lines, cash, or EFTPOS and cash. */
    public ReceiptDraft counter(int i) {
        return switch (i % 4) {
            case 0 -> oneLineCash();
            case 1 -> twoLinesCash(i);
            case 2 -> twoLinesEftposAndCash(i);
            default -> oneLineEftposAndCash(i);
        };
    }

    /** The benchmark shape: two or three lines, paid by EFTPOS and cash (two tenders). */
    public ReceiptDraft twoTenders(int i) {
        return i % 2 == 0 ? twoLinesEftposAndCash(i) : threeLinesEftposAndCash(i);
    }

    /** $7.02 paid with a $10 note: rounds down to $7.00, $3.00 change. */
    private ReceiptDraft oneLineCash() {
        return ReceiptDraft.empty().withLine(fixed("TAG")).withTender(Tender.cash(Money.ofDollars(10)));
    }

    /** $7.02 plus rates of $20.00 to $20.96, paid with a $100 note. */
    private ReceiptDraft twoLinesCash(int i) {
        return ReceiptDraft.empty().withLine(fixed("TAG")).withLine(rates(2_000 + i % 97))
                .withTender(Tender.cash(Money.ofDollars(100)));
    }

    /** $157.50 plus rates, $100 on EFTPOS and the rest, rounded, from a $100 note. */
    private ReceiptDraft twoLinesEftposAndCash(int i) {
        return ReceiptDraft.empty().withLine(fixed("DOGF")).withLine(rates(2_000 + i % 97))
                .withTender(Tender.eftpos(Money.ofDollars(100), "EF" + i))
                .withTender(Tender.cash(Money.ofDollars(100)));
    }

    /** Rates of $30.00 to $30.88, $20 on EFTPOS and the rest, rounded, from a $20 note. */
    private ReceiptDraft oneLineEftposAndCash(int i) {
        return ReceiptDraft.empty().withLine(rates(3_000 + i % 89))
                .withTender(Tender.eftpos(Money.ofDollars(20), "EF" + i))
                .withTender(Tender.cash(Money.ofDollars(20)));
    }

    /** A tag, a cat registration and rates, $40 on EFTPOS and the rest from a $100 note. */
    private ReceiptDraft threeLinesEftposAndCash(int i) {
        return ReceiptDraft.empty().withLine(fixed("TAG")).withLine(fixed("CATD")).withLine(rates(2_000 + i % 97))
                .withTender(Tender.eftpos(Money.ofDollars(40), "EF" + i))
                .withTender(Tender.cash(Money.ofDollars(100)));
    }

    private DraftLine fixed(String code) {
        Fee f = fee(code);
        return DraftLine.of(f, "", 1, f.amount());
    }

    private DraftLine rates(long cents) {
        return DraftLine.of(fee("RATES"), ASSESSMENT, 1, Money.ofCents(cents));
    }

    private Fee fee(String code) {
        LocalDate today = services.counter().businessDate();
        return fees.computeIfAbsent(code + "@" + today, k -> services.feesRoom().catalog().byCode(today, code).orElseThrow());
    }
}
