package org.counterdesk.staff;

import org.counterdesk.common.Refused;
import org.counterdesk.organisation.Terminal;

/** The person signed in and the terminal they are working at: who does what, where. */
public record Actor(Staff staff, Terminal terminal) {

    public String staffNumber() {
        return staff.staffNumber();
    }

    public String terminalCode() {
        return terminal.code();
    }

    /** Refuses unless the person holds {@code role}. */
    public void require(Role role, String toDoWhat) {
        if (!staff.has(role)) {
            throw new Refused("Only " + role.withArticle() + " can " + toDoWhat + ".");
        }
    }
}
