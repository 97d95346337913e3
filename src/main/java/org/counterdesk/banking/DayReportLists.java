package org.counterdesk.banking;

import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Jdbi;

/**
 * What a day report lists beside its recorded figures: the deposits the day's takings were
 * banked in (so the report ties to the bank statement) and each fee code's description (so a
 * reader need not know the codes). Both are read from records that cannot change once the day is closed.
 */
record DayReportLists(List<Deposit> deposits, Map<String, String> feeNames) {

    DayReportLists {
        deposits = List.copyOf(deposits);
        feeNames = Map.copyOf(feeNames);
    }

    static DayReportLists read(Jdbi jdbi, DayClosure z, long terminalId) {
        return jdbi.withHandle(h -> new DayReportLists(new DepositDao(h).onDay(terminalId, z.figures().date()),
                new DayFiguresDao(h, terminalId, z.figures().date()).feeNames()));
    }
}
