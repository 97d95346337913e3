package org.counterdesk.exchange.batch;

/**
 * Where an export batch stands: the newest of its recorded events ({@link #CREATED} when none
 * is recorded yet: numbered, its files not yet handed on).
 */
public enum BatchState {
    /** Numbered and recorded; its files are not written or delivered yet. */
    CREATED,
    /** Waiting in the local queue: the outbox could not be reached (the reason is kept). */
    QUEUED,
    /** In the outbox with its manifest; no acknowledgement yet. */
    SENT,
    /** Finance read the very bytes sent and accepted them: done. */
    ACCEPTED,
    /** Finance rejected the batch, with a message for the supervisor. */
    REJECTED,
    /** Finance acknowledged a file whose SHA-256 is not the batch's. */
    MISMATCH,
    /** A supervisor asked for the batch to be sent again; it goes with the next delivery. */
    RESEND;

    /** True while the batch still has to reach the outbox. */
    public boolean awaitsDelivery() {
        return this == CREATED || this == QUEUED || this == RESEND;
    }
}
