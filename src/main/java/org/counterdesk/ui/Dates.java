package org.counterdesk.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.counterdesk.organisation.CounterSetup;

/** Dates and times as Australian counter staff read them. */
public final class Dates {

    private static final Locale AU = Locale.forLanguageTag("en-AU");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", AU);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", AU);
    private static final DateTimeFormatter MEDIUM = DateTimeFormatter.ofPattern("EEE d MMM yyyy", AU);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/MM/yyyy", AU);

    private Dates() {
    }

    public static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    /**
     * Today as the top of the window says it: the front desk's (calendar) date, and after the
     * cashiers' day is closed, the business date new receipts will carry.
     */
    public static String today(CounterSetup counter) {
        LocalDate desk = counter.deskDate();
        LocalDate business = counter.businessDate();
        return MEDIUM.format(desk) + (business.equals(desk) ? "" : "  \u00b7  receipts dated " + MEDIUM.format(business));
    }

    public static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)).toLowerCase(AU);
    }
}
