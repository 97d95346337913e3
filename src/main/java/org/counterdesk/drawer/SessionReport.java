package org.counterdesk.drawer;

import java.util.List;
import java.util.Optional;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Money;

/**
 * Everything the mid-shift (X) and close (Z) reports show about a session: where it ran, its
 * figures, how the float was counted, every cash movement, and (once counted) the closing
 * count, the float kept, expected against counted, and the close with any supervisor's decision.
 */
public record SessionReport(DrawerSession session, String terminalCode, SessionFigures figures, Opening opening,
                            List<CashMovement> movements, Optional<CashCount> closingCount,
                            Optional<CashCount> keptFloat, Optional<Balance> balance, Optional<SessionClose> close,
                            int closingCounts) {

    public SessionReport {
        movements = List.copyOf(movements);
    }

    /**
     * The float counted at the opening and its difference from the set float; a difference
     * names the supervisor who acknowledged it and their note (both null when there was none).
     */
    public record Opening(CashCount count, Money difference, String acknowledgedBy, String note) {
    }

    public List<CashMovement> movements(MovementKind kind) {
        return movements.stream().filter(m -> m.kind() == kind).toList();
    }

    /** The notes and coins counted at the close less the float kept: what goes to the bank. */
    public Optional<CashCount> cashToBank() {
        return closingCount.flatMap(c -> keptFloat.map(c::minus));
    }
}
