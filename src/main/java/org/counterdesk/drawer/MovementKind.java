package org.counterdesk.drawer;

/** Cash that leaves or joins the drawer during a session, each with its own record. */
public enum MovementKind {
    PETTY_CASH("Petty cash", -1),
    DROP("Cash drop to safe", -1),
    TOP_UP("Float top-up", 1);

    private final String label;
    private final int sign;

    MovementKind(String label, int sign) {
        this.label = label;
        this.sign = sign;
    }

    public String label() {
        return label;
    }

    /** +1 for cash into the drawer, -1 for cash out. */
    public int sign() {
        return sign;
    }
}
