package org.counterdesk.drawer.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.drawer.SessionOpening;

/** A supervisor's staff number, PIN and note typed at the cashier's screen. */
final class Approvals {

    private final StringProperty staffNumber = new SimpleStringProperty("");
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty note = new SimpleStringProperty("");

    StringProperty staffNumber() {
        return staffNumber;
    }

    StringProperty pin() {
        return pin;
    }

    StringProperty note() {
        return note;
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
