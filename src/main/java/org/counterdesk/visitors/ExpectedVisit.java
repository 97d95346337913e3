package org.counterdesk.visitors;

import java.time.LocalDate;
import org.counterdesk.frontdesk.Contact;

/** A visitor expected on a date, registered ahead; {@code visitId} is set once they have arrived. */
public record ExpectedVisit(long id, LocalDate date, String name, String organisation, String purpose, Contact host,
                            Long visitId, boolean cancelled) {

    public boolean arrived() {
        return visitId != null;
    }
}
