package org.counterdesk.banking;

import java.util.List;
import java.util.function.Function;
import org.counterdesk.drawer.CloseOutcome;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.Instrument;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.Terminal;

/**
 * What the deposit advice prints: the deposit and its contents, the terminal that banked it,
 * and each drawer session in it with how it closed and what it handed over (for the banking
 * summary page, which finance reconciles against the bank statement and the card settlements).
 */
record DepositPapers(DepositDetail detail, Terminal terminal, List<SessionLine> sessions) {

    DepositPapers {
        sessions = List.copyOf(sessions);
    }

    /**
     * One session in the deposit: its cash to bank (counted less the float kept, plus drops to
     * the safe), cheques and money orders, EFTPOS settlement (not deposited), and variance.
     */
    record SessionLine(DrawerSession session, CloseOutcome outcome, String decidedBy, Money cash,
                       List<Instrument> instruments, Money eftpos, Money variance) {

        SessionLine {
            instruments = List.copyOf(instruments);
        }

        Money paper() {
            return instruments.stream().map(Instrument::amount).reduce(Money.ZERO, Money::plus);
        }

        Money banked() {
            return cash.plus(paper());
        }
    }

    Deposit deposit() {
        return detail.deposit();
    }

    DepositPlan contents() {
        return detail.contents();
    }

    /** One figure of every session, added up. */
    Money sessionsTotal(Function<SessionLine, Money> figure) {
        return sessions.stream().map(figure).reduce(Money.ZERO, Money::plus);
    }
}
