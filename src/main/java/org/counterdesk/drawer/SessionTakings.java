package org.counterdesk.drawer;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.counterdesk.common.Refused;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.jdbi.v3.core.Handle;

/**
 * What a closed session hands to the bank: the cash counted at its close less the float kept
 * back, plus what it dropped to the safe (by denomination); the cheques and money orders found
 * at the close; its EFTPOS settlement, its variance and how its close ended.
 */
public record SessionTakings(DrawerSession session, CashCount cashToBank, List<Instrument> instruments, Money eftpos,
                             Money variance, CloseOutcome outcome) {

    public SessionTakings {
        instruments = List.copyOf(instruments);
    }

    /** The takings of a closed session, read inside the caller's transaction. */
    public static SessionTakings of(Handle h, long sessionId) {
        DrawerSession session = new DrawerDao(h).session(sessionId)
                .orElseThrow(() -> new Refused("There is no drawer session " + sessionId + "."));
        SessionClose close = new CloseDao(h).close(sessionId)
                .orElseThrow(() -> new Refused("Drawer " + session.drawerCode() + " of " + session.cashierName()
                        + " is not closed yet."));
        CountDao counts = new CountDao(h);
        CashCount cash = counts.lines(close.countId()).minus(counts.keptFloat(close.countId()));
        Map<Denomination, Long> pieces = new EnumMap<>(Denomination.class);
        pieces.putAll(cash.quantities());
        for (long drop : counts.ids(sessionId, "DROP")) {
            counts.lines(drop).quantities().forEach((d, q) -> pieces.merge(d, q, Long::sum));
        }
        SessionFigures figures = new FiguresDao(h).figures(sessionId);
        var present = counts.present(close.countId());
        List<Instrument> found = figures.instruments().stream().filter(i -> present.contains(i.key())).toList();
        Money eftpos = counts.eftposSettlement(close.countId()).orElse(Money.ZERO);
        return new SessionTakings(session, CashCount.of(pieces), found, eftpos, close.variance(), close.outcome());
    }
}
