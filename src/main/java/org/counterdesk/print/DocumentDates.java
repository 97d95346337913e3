package org.counterdesk.print;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as documents print them, in the organisation's time zone: "23 Nov 2026, 10:15 am". */
public final class DocumentDates {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);

    private DocumentDates() {
    }

    public static String date(LocalDate date) {
        return DATE.format(date);
    }

    /** The time of day alone, for lists within one business date: "10:15 am". */
    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)).toLowerCase(Locale.ROOT);
    }

    public static String dateTime(Instant at, ZoneId zone) {
        var local = at.atZone(zone);
        // Australian usage writes the time of day in lower case: 10:15 am.
        return DATE.format(local) + ", " + TIME.format(local).toLowerCase(Locale.ROOT);
    }
}
