package org.counterdesk.drawer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;

/**
 * Suggests which of the counted notes and coins stay in the drawer as its float: exactly the
 * set float, made of the smallest pieces first (what the next shift needs for change), so the
 * large notes go to the bank. When the small-first pick cannot make the exact amount, any exact
 * combination is found; when the cash counted is short of the float, all of it stays.
 */
public final class FloatSuggestion {

    private static final List<Denomination> SMALL_FIRST = List.of(Denomination.C5, Denomination.C10, Denomination.C20,
            Denomination.C50, Denomination.C100, Denomination.C200, Denomination.N5, Denomination.N10, Denomination.N20,
            Denomination.N50, Denomination.N100);

    private FloatSuggestion() {
    }

    public static CashCount keep(CashCount counted, Money setFloat) {
        if (!counted.total().greaterThan(setFloat)) {
            return counted;
        }
        Map<Denomination, Long> kept = new EnumMap<>(Denomination.class);
        long remaining = setFloat.cents();
        for (Denomination d : SMALL_FIRST) {
            long take = Math.min(counted.quantity(d), remaining / d.value().cents());
            kept.put(d, take);
            remaining -= take * d.value().cents();
        }
        return remaining == 0 ? CashCount.of(kept) : exact(counted, setFloat);
    }

    /**
     * Any combination of the counted pieces worth exactly {@code target} (a bounded knapsack
     * in 5-cent units), or everything counted if none exists.
     */
    private static CashCount exact(CashCount counted, Money target) {
        int units = (int) (target.cents() / 5);
        int n = SMALL_FIRST.size();
        int[][] used = new int[n][];
        boolean[] reach = new boolean[units + 1];
        reach[0] = true;
        for (int i = 0; i < n; i++) {
            int step = (int) (SMALL_FIRST.get(i).value().cents() / 5);
            long available = counted.quantity(SMALL_FIRST.get(i));
            int[] layer = new int[units + 1];
            for (int u = 0; u <= units; u++) {
                layer[u] = reach[u] ? 0 : -1;
                if (layer[u] < 0 && u >= step && layer[u - step] >= 0 && layer[u - step] < available) {
                    layer[u] = layer[u - step] + 1;
                }
            }
            for (int u = 0; u <= units; u++) {
                reach[u] = layer[u] >= 0;
            }
            used[i] = layer;
        }
        if (!reach[units]) {
            return counted;
        }
        Map<Denomination, Long> kept = new EnumMap<>(Denomination.class);
        int u = units;
        for (int i = n - 1; i >= 0; i--) {
            int pieces = used[i][u];
            kept.put(SMALL_FIRST.get(i), (long) pieces);
            u -= pieces * (int) (SMALL_FIRST.get(i).value().cents() / 5);
        }
        return CashCount.of(kept);
    }
}
