package org.counterdesk.exchange.masterdata;

import java.time.LocalDate;
import java.util.Optional;
import org.counterdesk.common.Counted;
import org.counterdesk.common.InboundFile;
import org.counterdesk.common.Problems;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.fees.FeeSchedule;
import org.counterdesk.fees.FeeScheduleReader;
import org.counterdesk.organisation.Abn;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.organisation.Organisation;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Imports a fee schedule: schema, then the fee rules of {@link FeeScheduleReader}, then the
 * rules that need the database (the organisation is this counter's; the schedule would ever
 * apply), then one transaction that stores it beside the earlier schedules.
 * A schedule for the same effective date as an earlier one supersedes it from that date; both
 * stay in the history. The organisation block is checked, never applied.
 */
record FeeImport(FeeCatalog catalog, CounterSetup counter, ImportLog log) {

    static final String KIND = "FEES";

    ImportResult run(Handle h, Actor actor, InboundFile file) {
        return run(h, actor, file, counter.organisation(), counter.businessDate());
    }

    /**
     * Imports for organisation {@code ours} on business date {@code today}: the counter's own, or
     * at first-run setup the organisation being set up in the same transaction.
     */
    ImportResult run(Handle h, Actor actor, InboundFile file, Organisation ours, LocalDate today) {
        FeeSchedule schedule = new FeeScheduleReader().read(file);
        Problems problems = new Problems();
        checkOrganisation(schedule, ours, problems);
        Optional<LocalDate> inForce = catalog.effectiveDateOn(h, today);
        if (inForce.isPresent() && schedule.effectiveFrom().isBefore(inForce.get())) {
            problems.add("", "effectiveFrom", "is " + schedule.effectiveFrom() + ", before the schedule in force "
                    + "today (effective " + inForce.get() + "), so it would never be used: date it " + inForce.get()
                    + " or later");
        }
        problems.refuseIfAny(file.name());
        int earlier = catalog.schedulesFor(h, schedule.effectiveFrom());
        catalog.store(h, schedule, actor.staff().id(), actor.staffNumber(), actor.terminalCode(), file.name());
        int fees = schedule.fees().size();
        String summary = "Fee schedule effective " + schedule.effectiveFrom() + ": " + Counted.of(fees, "fee", "fees") + " imported"
                + (earlier > 0 ? " (supersedes the earlier import for that date)" : "")
                + (schedule.effectiveFrom().isAfter(today) ? "; today's fees are unchanged until then" : "");
        return log.record(h, actor, KIND, file, new ImportLog.Counts(fees, fees, 0, 0), summary);
    }

    /** A schedule from another council (another ABN) is refused; the rest of the block is not applied. */
    private static void checkOrganisation(FeeSchedule schedule, Organisation ours, Problems problems) {
        Optional<Organisation> fromFile = schedule.organisation();
        if (fromFile.isEmpty()) {
            return;
        }
        if (!Abn.normalise(fromFile.get().abn()).equals(Abn.normalise(ours.abn()))) {
            problems.add("organisation", "abn", "is " + Abn.format(fromFile.get().abn()) + " but this counter belongs to "
                    + ours.name() + " (ABN " + Abn.format(ours.abn()) + "): is this another council's schedule?");
        }
    }
}
