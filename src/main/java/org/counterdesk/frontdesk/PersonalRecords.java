package org.counterdesk.frontdesk;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * A place that holds visitors' or recipients' personal details (visit rows, expected visits,
 * delivery collections, kept badge and roll PDFs), able to de-identify what is older than the
 * retention period. {@link Retention} runs them all and journals the counts.
 */
public interface PersonalRecords {

    /** A short name for the journal entry's counts ("visits", "badgeFiles"). */
    String name();

    /**
     * De-identifies everything recorded before {@code cutoff} (the start of {@code cutoffDate}
     * in the organisation's time zone), within the caller's transaction; returns how many.
     */
    int deidentifyBefore(Handle h, Instant cutoff, LocalDate cutoffDate, Instant now);
}
