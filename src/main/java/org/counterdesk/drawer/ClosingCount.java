package org.counterdesk.drawer;

import java.util.Set;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;

/**
 * What the cashier counts at the close, before seeing what was expected: cash by denomination,
 * the cheques and money orders found (by {@link Instrument#key()}), the EFTPOS terminal's
 * settlement total, and the notes and coins kept back as the next float.
 */
public record ClosingCount(CashCount cash, Set<String> instrumentsPresent, Money eftposSettlement, CashCount keptFloat) {

    public ClosingCount {
        instrumentsPresent = Set.copyOf(instrumentsPresent);
    }
}
