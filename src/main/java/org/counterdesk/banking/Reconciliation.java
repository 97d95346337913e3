package org.counterdesk.banking;

import org.counterdesk.money.Money;

/**
 * A deposit against what the bank credited: the difference each bank adjustment reported, and
 * what is still open (adjustments not resolved). No adjustment means the bank took it as banked.
 */
public record Reconciliation(Deposit deposit, Money credited, Money adjusted, Money openDifference, int adjustments) {

    public boolean reconciled() {
        return openDifference.isZero();
    }
}
