package org.counterdesk.drawer;

/** Where a drawer session is in its day, worked out from its records (nothing is updated). */
public enum SessionState {
    /** Counted float in, receipting and cash movements allowed. */
    OPEN,
    /** A closing count beyond tolerance waits for a supervisor's decision. */
    PENDING,
    /** A supervisor asked for a recount: the cashier counts again. */
    RECOUNT,
    /** Closed: balanced, within tolerance, or a supervisor accepted or wrote off the variance. */
    CLOSED;

    /** True while the session is being closed or is closed: no more receipts, voids or movements. */
    public boolean counting() {
        return this != OPEN;
    }
}
