package org.counterdesk.visitors;

import java.time.Instant;
import java.time.LocalDate;
import org.counterdesk.frontdesk.PersonalRecords;
import org.jdbi.v3.core.Handle;

/** The retention job's hold on visit rows: name, organisation, purpose and vehicle are replaced; times stay. */
public final class VisitRecords implements PersonalRecords {

    @Override
    public String name() {
        return "visits";
    }

    @Override
    public int deidentifyBefore(Handle h, Instant cutoff, LocalDate cutoffDate, Instant now) {
        return new VisitDao(h).deidentifyBefore(cutoff, now);
    }
}
