package org.counterdesk.testing;

import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.counterdesk.app.AppServices;
import org.counterdesk.drawer.ClosingCount;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.FloatSuggestion;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.drawer.SessionClosing;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;

/** Opening and balancing drawers in tests and benchmarks, the way a careful cashier would. */
public final class Drawers {

    private Drawers() {
    }

    /** Notes and coins worth exactly {@code amount} (a multiple of 5 cents), largest first. */
    public static CashCount cashOf(Money amount) {
        Map<Denomination, Long> pieces = new EnumMap<>(Denomination.class);
        long left = amount.cents();
        for (Denomination d : Denomination.values()) {
            long n = left / d.value().cents();
            pieces.put(d, n);
            left -= n * d.value().cents();
        }
        if (left != 0) {
            throw new IllegalArgumentException(amount + " is not a whole number of 5-cent coins");
        }
        return CashCount.of(pieces);
    }

    /** A $200 float as a drawer holds it: small notes and coins. */
    public static CashCount demoFloat() {
        return CashCount.of(Map.of(Denomination.N20, 4L, Denomination.N10, 6L, Denomination.N5, 6L,
                Denomination.C200, 10L, Denomination.C100, 10L));
    }

    /** Opens the actor's drawer (the first free one at the terminal) with its float counted exactly, unless open. */
    public static DrawerSession open(AppServices services, Actor actor) {
        return services.drawer().sessions().current(actor).orElseGet(() -> {
            Drawer free = services.drawer().sessions().drawers(actor).stream()
                    .filter(d -> isFree(services, d))
                    .findFirst().orElseThrow(() -> new IllegalStateException("no free drawer"));
            return services.drawer().opening().open(actor, free.id(), cashOf(free.setFloat()), SessionOpening.Approval.NONE);
        });
    }

    private static boolean isFree(AppServices services, Drawer d) {
        return services.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM drawer_session s WHERE s.drawer_id = :d AND NOT s.implicit_open "
                                + "AND NOT EXISTS (SELECT 1 FROM session_close c WHERE c.session_id = s.id)")
                        .bind("d", d.id()).mapTo(Integer.class).one()) == 0;
    }

    /** Counts exactly what the session should hold, keeps the suggested float, and closes it. */
    public static SessionClosing.Status closeBalanced(AppServices services, Actor actor) {
        DrawerSession s = services.drawer().sessions().current(actor).orElseThrow();
        var figures = services.drawer().closing().status(s.id()).figures();
        CashCount cash = cashOf(figures.expectedCash());
        return services.drawer().closing().submit(actor, new ClosingCount(cash,
                figures.instruments().stream().map(Instrument::key).collect(Collectors.toSet()), figures.eftpos(),
                FloatSuggestion.keep(cash, s.setFloat())));
    }
}
