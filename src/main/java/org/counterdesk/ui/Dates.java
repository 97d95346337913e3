package org.counterdesk.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as Australian counter staff read them. */
public final class Dates {

    private static final Locale AU = Locale.forLanguageTag("en-AU");
    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", AU);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", AU);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d/MM/yyyy", AU);

    private Dates() {
    }

    public static String longDate(LocalDate date) {
        return LONG.format(date);
    }

    public static String shortDate(LocalDate date) {
        return SHORT.format(date);
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)).toLowerCase(AU);
    }
}
