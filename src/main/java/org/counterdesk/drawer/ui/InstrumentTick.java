package org.counterdesk.drawer.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.counterdesk.drawer.Instrument;

/** A cheque or money order in the close checklist, ticked when it is found in the drawer. */
public record InstrumentTick(Instrument instrument, BooleanProperty present) {

    /** {@code instrument}, not yet ticked. */
    InstrumentTick(Instrument instrument) {
        this(instrument, new SimpleBooleanProperty(false));
    }

    @Override
    public String toString() {
        return instrument.describe() + "   " + instrument.amount().format() + "   (" + instrument.receiptNo() + ")";
    }
}
