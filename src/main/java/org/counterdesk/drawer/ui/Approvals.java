package org.counterdesk.drawer.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.drawer.SessionOpening;

/** A supervisor's staff number, PIN and note typed at the cashier's screen. */
record Approvals(StringProperty staffNumber, StringProperty pin, StringProperty note) {

    /** An empty approval form. */
    Approvals() {
        this(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""));
    }

    /** The approval as typed; the PIN is cleared from the screen as it is taken. */
    SessionOpening.Approval take() {
        SessionOpening.Approval a = new SessionOpening.Approval(staffNumber.get(), pin.get(), note.get());
        pin.set("");
        return a;
    }

    void clear() {
        staffNumber.set("");
        pin.set("");
        note.set("");
    }
}
