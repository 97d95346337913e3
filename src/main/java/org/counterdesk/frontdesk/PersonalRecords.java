package org.counterdesk.frontdesk;

import java.time.Instant;
import java.time.LocalDate;
import org.jdbi.v3.core.Handle;

/**
 * A place that holds visitors' or recipients' personal details (visit rows, expected visits,
 * delivery collections, kept badge and roll PDFs), able to de-identify what is older than the
 * retention period. {@link Retention} runs them all and journals the counts.
 *
 * @param name a short name for the journal entry's counts ("visits", "badgeFiles")
 * @param how  what de-identifies that place's old records
 */
public record PersonalRecords(String name, Deidentify how) {

    /** De-identifies one place's records older than the retention period. */
    @FunctionalInterface
    public interface Deidentify {
        /**
         * De-identifies everything recorded before {@code cutoff} (the start of {@code cutoffDate}
         * in the organisation's time zone), within the caller's transaction; returns how many.
         */
        int before(Handle h, Instant cutoff, LocalDate cutoffDate, Instant now);
    }

    /** Runs {@link #how} within the caller's transaction; returns how many records it de-identified. */
    public int deidentifyBefore(Handle h, Instant cutoff, LocalDate cutoffDate, Instant now) {
        return how.before(h, cutoff, cutoffDate, now);
    }
}
