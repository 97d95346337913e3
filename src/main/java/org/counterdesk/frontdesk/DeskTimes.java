package org.counterdesk.frontdesk;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Times of day as the desk's messages say them, in the organisation's time zone: "9:05 am". */
public final class DeskTimes {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);

    private DeskTimes() {
    }

    public static String time(Instant at, ZoneId zone) {
        return TIME.format(at.atZone(zone)).toLowerCase(Locale.ROOT);
    }

    /** "Mon 23 Nov, 5:30 pm". */
    public static String dayAndTime(Instant at, ZoneId zone) {
        return DAY.format(at.atZone(zone)) + ", " + time(at, zone);
    }
}
