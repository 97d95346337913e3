package org.counterdesk.exchange.masterdata;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.common.Counted;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.fees.FeeSchedule;
import org.counterdesk.fees.FeeScheduleReader;
import org.counterdesk.fees.ImportRefusedException;
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
final class FeeImport {

    static final String KIND = "FEES";
    static final String SCHEMA = "fee-schedule";
    static final RecordLabels LABELS = new RecordLabels(Map.of("fees", new RecordLabels.Key("code", "code")));

    private final FeeCatalog catalog;
    private final CounterSetup counter;
    private final ImportLog log;

    FeeImport(FeeCatalog catalog, CounterSetup counter, ImportLog log) {
        this.catalog = catalog;
        this.counter = counter;
        this.log = log;
    }

    ImportResult run(Handle h, Actor actor, ImportFile file) {
        FeeSchedule schedule = read(file);
        Problems problems = new Problems();
        checkOrganisation(schedule, problems);
        LocalDate today = counter.businessDate();
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

    private static FeeSchedule read(ImportFile file) {
        try {
            return new FeeScheduleReader().read(new ByteArrayInputStream(file.bytes()));
        } catch (ImportRefusedException e) {
            throw new ImportRefused(file.name(), e.problems());
        }
    }

    /** A schedule from another council (another ABN) is refused; the rest of the block is not applied. */
    private void checkOrganisation(FeeSchedule schedule, Problems problems) {
        Optional<Organisation> fromFile = schedule.organisation();
        if (fromFile.isEmpty()) {
            return;
        }
        String ours = counter.organisation().abn();
        if (!Abn.normalise(fromFile.get().abn()).equals(Abn.normalise(ours))) {
            problems.add("organisation", "abn", "is " + Abn.format(fromFile.get().abn()) + " but this counter belongs to "
                    + counter.organisation().name() + " (ABN " + Abn.format(ours) + "): is this another council's schedule?");
        }
    }
}
