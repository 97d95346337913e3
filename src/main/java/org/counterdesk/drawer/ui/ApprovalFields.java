package org.counterdesk.drawer.ui;

import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.FormGrid;

/** Adds a supervisor's staff number and PIN (and optionally a note) to a form. */
final class ApprovalFields {

    private ApprovalFields() {
    }

    /** Adds the rows; returns the first field, where the supervisor starts typing. */
    static TextField add(FormGrid form, Approvals approval, FormErrors errors, String idPrefix, boolean withNote,
                         String who) {
        TextField first = null;
        if (withNote) {
            first = form.field("note", "Note", new TextField(), errors);
            first.setId(idPrefix + "Note");
            first.textProperty().bindBidirectional(approval.note());
        }
        TextField number = form.field(who + " staff number", new TextField(), errors.of("staffNumber"));
        number.setId(idPrefix + "Supervisor");
        number.textProperty().bindBidirectional(approval.staffNumber());
        PasswordField pin = form.field(who + " PIN", new PasswordField(), errors.of("pin"));
        pin.setId(idPrefix + "Pin");
        pin.textProperty().bindBidirectional(approval.pin());
        errors.focusOnRefusal("staffNumber", number);
        errors.focusOnRefusal("pin", pin);
        return first == null ? number : first;
    }
}
