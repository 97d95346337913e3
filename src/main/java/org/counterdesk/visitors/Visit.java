package org.counterdesk.visitors;

import java.time.Instant;
import java.time.LocalDate;
import org.counterdesk.frontdesk.Contact;

/**
 * A visitor's visit: who (until de-identified), whom they came to see, their badge, and when
 * they came and went. {@code automatic} marks a sign-out made at close of business.
 */
public record Visit(long id, LocalDate businessDate, String name, String organisation, String purpose, String vehicle,
                    Contact host, int badge, Long expectedId, Instant signedInAt, String signedInBy,
                    Instant signedOutAt, boolean automatic, boolean deidentified) {

    public boolean onSite() {
        return signedOutAt == null;
    }

    /** What a QR code on the badge holds; scanning it at the sign-out field signs this visit out. */
    public String code() {
        return codeOf(id);
    }

    public static String codeOf(long visitId) {
        return "V" + visitId;
    }
}
