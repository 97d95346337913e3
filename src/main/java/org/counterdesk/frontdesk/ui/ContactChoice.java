package org.counterdesk.frontdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;

/**
 * A view model's half of a {@link ContactField}: what the desk typed and the directory entry it
 * chose, if any. A service is handed both, so it can say which typed name matched nobody.
 */
public final class ContactChoice {

    private final StringProperty typed = new SimpleStringProperty("");
    private final ObjectProperty<Contact> chosen = new SimpleObjectProperty<>();

    public StringProperty typedProperty() {
        return typed;
    }

    public ObjectProperty<Contact> chosenProperty() {
        return chosen;
    }

    public String typed() {
        return typed.get();
    }

    /** The chosen entry as a service takes it, or null while nothing is chosen. */
    public ContactRef ref() {
        return chosen.get() == null ? null : ContactRef.of(chosen.get());
    }

    public void clear() {
        chosen.set(null);
        typed.set("");
    }
}
