package org.counterdesk.drawer;

import java.util.List;
import java.util.Optional;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;

/**
 * Everything the mid-shift (X) and close (Z) reports show about a session: its figures, how
 * the float was counted, every cash movement, and (once counted) the closing count, the float
 * kept, expected against counted, and the close with any supervisor's decision.
 */
public record SessionReport(DrawerSession session, SessionFigures figures, CashCount openingCount,
                            Money openingDifference, List<CashMovement> movements, Optional<CashCount> closingCount,
                            Optional<CashCount> keptFloat, Optional<Balance> balance, Optional<SessionClose> close,
                            int closingCounts) {

    public SessionReport {
        movements = List.copyOf(movements);
    }

    public List<CashMovement> movements(MovementKind kind) {
        return movements.stream().filter(m -> m.kind() == kind).toList();
    }
}
