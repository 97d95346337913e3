package org.counterdesk.drawer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.counterdesk.money.Money;

/**
 * What a session should hold, worked out from its records: the counted float, cash taken on
 * receipts (cash tendered less change, that is each receipt's rounded cash part), cash paid
 * back on voids, petty cash, drops and top-ups; the cheques and money orders received; the
 * EFTPOS total; and the counts and totals the X and Z reports show.
 */
public record SessionFigures(Money floatCounted, Money cashTaken, Money cashVoided, Money pettyCash, Money drops,
                             Money topUps, Money eftpos, List<Instrument> instruments, int receipts, int voids,
                             String firstReceiptNo, String lastReceiptNo, Map<String, Money> byFeeCode,
                             Map<String, Money> byTender, Money feeTotal, Money gstTotal, Money rounding) {

    public SessionFigures {
        instruments = List.copyOf(instruments);
        byFeeCode = Map.copyOf(byFeeCode);
        byTender = Map.copyOf(byTender);
    }

    /** Expected cash = float + cash taken − cash voided − petty cash − drops + top-ups. */
    public Money expectedCash() {
        return floatCounted.plus(cashTaken).minus(cashVoided).minus(pettyCash).minus(drops).plus(topUps);
    }

    public Money chequesExpected() {
        return sum(Instrument.Kind.CHEQUE);
    }

    public Money moneyOrdersExpected() {
        return sum(Instrument.Kind.MONEY_ORDER);
    }

    /** A line of how the expected cash is made up, for the supervisor and the Z report. */
    public record Line(String label, Money amount) {
    }

    /** The expected cash, line by line; the last line is the expected total. */
    public List<Line> cashMakeUp() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Float counted at opening", floatCounted));
        lines.add(new Line("Cash taken on receipts (tendered less change)", cashTaken));
        lines.add(new Line("Cash paid back on voids", cashVoided.negate()));
        lines.add(new Line("Petty cash paid out", pettyCash.negate()));
        lines.add(new Line("Cash dropped to the safe", drops.negate()));
        lines.add(new Line("Float top-ups", topUps));
        lines.add(new Line("Expected cash in the drawer", expectedCash()));
        return lines;
    }

    private Money sum(Instrument.Kind kind) {
        return instruments.stream().filter(i -> i.kind() == kind).map(Instrument::amount).reduce(Money.ZERO, Money::plus);
    }
}
