package org.counterdesk.receipting;

import java.util.List;
import java.util.Optional;
import org.counterdesk.money.CashRounding;
import org.counterdesk.money.Money;

/**
 * How a receipt's total is paid: what non-cash tenders cover, the cash part and its rounding
 * to 5 cents, what is still to pay, and the change. Only the cash part is rounded, and only
 * when cash is actually offered; non-cash tenders may not exceed the total.
 *
 * <p>Always: tendered − change = total + rounding.
 */
public record Settlement(Money total, Money nonCash, Money cashDue, Money rounding, Money cashToPay,
                         Money cashTendered, Money stillToPay, Money change, Optional<String> problem) {

    public static Settlement of(Money total, List<Tender> tenders) {
        Money nonCash = sum(tenders, false);
        Money cash = sum(tenders, true);
        if (nonCash.greaterThan(total)) {
            return new Settlement(total, nonCash, Money.ZERO, Money.ZERO, Money.ZERO, cash, Money.ZERO, Money.ZERO,
                    Optional.of("Card, cheque and money order payments come to " + nonCash.format() + ", more than the "
                            + total.format() + " due: only cash can be given change."));
        }
        Money cashDue = total.minus(nonCash);
        if (cash.isPositive() && cashDue.isZero()) {
            return new Settlement(total, nonCash, cashDue, Money.ZERO, Money.ZERO, cash, Money.ZERO, Money.ZERO,
                    Optional.of("Nothing is left to pay in cash: remove the cash tender."));
        }
        boolean payingCash = cash.isPositive() || nonCash.isZero();
        Money rounding = payingCash ? CashRounding.adjustment(cashDue) : Money.ZERO;
        Money cashToPay = cashDue.plus(rounding);
        Money still = cashToPay.minus(cash).max(Money.ZERO);
        Money change = cash.minus(cashToPay).max(Money.ZERO);
        return new Settlement(total, nonCash, cashDue, rounding, cashToPay, cash, still, change, Optional.empty());
    }

    /** Paid in full with nothing wrong. */
    public boolean settled() {
        return problem.isEmpty() && stillToPay.isZero() && total.isPositive();
    }

    /** What the customer hands over, net of change: the total plus the rounding. */
    public Money taken() {
        return nonCash.plus(cashTendered).minus(change);
    }

    private static Money sum(List<Tender> tenders, boolean cash) {
        return tenders.stream().filter(t -> t.isCash() == cash).map(Tender::amount).reduce(Money.ZERO, Money::plus);
    }
}
