package org.counterdesk.drawer.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.money.PieceEntry;

/**
 * A count being typed, one row per denomination: a number of pieces, or for coins a bag value
 * like {@code $20.00}. The total follows as the cashier types; a row that cannot be read shows
 * its message beside it and counts as nothing until corrected.
 */
public final class CountEntry {

    private final Map<Denomination, StringProperty> typed = new EnumMap<>(Denomination.class);
    private final Map<Denomination, StringProperty> messages = new EnumMap<>(Denomination.class);
    private final ObjectBinding<Money> total;

    public CountEntry() {
        for (Denomination d : Denomination.values()) {
            typed.put(d, new SimpleStringProperty(""));
            messages.put(d, new SimpleStringProperty(""));
        }
        total = Bindings.createObjectBinding(this::liveTotal, typed.values().toArray(new StringProperty[0]));
    }

    public StringProperty typed(Denomination d) {
        return typed.get(d);
    }

    public StringProperty message(Denomination d) {
        return messages.get(d);
    }

    public ObjectBinding<Money> total() {
        return total;
    }

    /** The value a row stands for now (nothing if it cannot be read). */
    public Money rowValue(Denomination d) {
        return d.value().times(PieceEntry.pieces(d, typed.get(d).get()).orElse(0L));
    }

    /** Checks one row and shows its message; true if it can be read. */
    public boolean checkRow(Denomination d) {
        PieceEntry.Result r = PieceEntry.read(d, typed.get(d).get());
        messages.get(d).set(r.ok() ? "" : r.error());
        return r.ok();
    }

    /** The count, or empty with a message beside every row that cannot be read. */
    public Optional<CashCount> read() {
        Map<Denomination, Long> pieces = new EnumMap<>(Denomination.class);
        boolean ok = true;
        for (Denomination d : Denomination.values()) {
            ok &= checkRow(d);
            pieces.put(d, PieceEntry.pieces(d, typed.get(d).get()).orElse(0L));
        }
        return ok ? Optional.of(CashCount.of(pieces)) : Optional.empty();
    }

    /** Shows {@code count} as pieces per row. */
    public void fill(CashCount count) {
        for (Denomination d : Denomination.values()) {
            long q = count.quantity(d);
            typed.get(d).set(q == 0 ? "" : Long.toString(q));
            messages.get(d).set("");
        }
    }

    public void clear() {
        fill(CashCount.empty());
    }

    private Money liveTotal() {
        Money sum = Money.ZERO;
        for (Denomination d : Denomination.values()) {
            sum = sum.plus(rowValue(d));
        }
        return sum;
    }
}
