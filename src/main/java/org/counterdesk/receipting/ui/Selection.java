package org.counterdesk.receipting.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.ui.FormErrors;

/** Acting on the row selected in a list: the old messages go, and a missing choice is said in words. */
final class Selection {

    private Selection() {
    }

    /** The row {@code selected}, or null after asking to choose a {@code what} in the list first. */
    static <T> T required(ObjectProperty<T> selected, FormErrors errors, StringProperty status, String what) {
        errors.clear();
        status.set("");
        if (selected.get() == null) {
            errors.setGeneral("Choose a " + what + " in the list first.");
        }
        return selected.get();
    }
}
