package org.counterdesk.exchange.batch;

import java.util.List;

/** Everything one batch is made from: the closure, its recorded totals, and the day's records. */
record DaySource(Rows.Org org, Rows.Closure closure, List<Rows.GlTotal> glTotals, List<Rows.TenderTotal> tenderTotals,
                 List<Rows.Receipt> receipts, List<Rows.Line> lines, List<Rows.Tender> tenders, List<Rows.Void> voids,
                 List<Rows.Reversal> reversals, List<Rows.PettyCash> pettyCash, List<Rows.Variance> variances,
                 List<Rows.Deposit> deposits) {

    /** Reads the closed day in one go (its records can no longer change). */
    static DaySource read(org.jdbi.v3.core.Handle h, Rows.Closure c) {
        ClosureSourceDao closures = new ClosureSourceDao(h);
        TerminalDayDao day = new TerminalDayDao(h, c.terminalId(), c.businessDate());
        DayRecordsDao records = new DayRecordsDao(day);
        DayExtrasDao extras = new DayExtrasDao(day);
        return new DaySource(closures.organisationAt(c.closedAt()), c, closures.glTotals(c.id()),
                closures.tenderTotals(c.id()), records.receipts(), records.lines(), records.tenders(), records.voids(),
                extras.reversals(), extras.pettyCash(), extras.variances(), extras.deposits());
    }
}
