package org.counterdesk.drawer.ui;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import org.counterdesk.drawer.Instrument;

/** A cheque or money order in the close checklist, ticked when it is found in the drawer. */
public final class InstrumentTick {

    private final Instrument instrument;
    private final BooleanProperty present = new SimpleBooleanProperty(false);

    InstrumentTick(Instrument instrument) {
        this.instrument = instrument;
    }

    public Instrument instrument() {
        return instrument;
    }

    public BooleanProperty present() {
        return present;
    }

    @Override
    public String toString() {
        return instrument.describe() + "   " + instrument.amount().format() + "   (" + instrument.receiptNo() + ")";
    }
}
