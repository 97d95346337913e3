package org.counterdesk.visitors;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.counterdesk.common.Refused;

/**
 * The day a visitor is expected, as the desk types it: "today", "tomorrow", "+3" (days from
 * today), an Australian date ("24/11/2026", "24/11/26", or "24/11" for the next such day) or
 * an ISO date ("2026-11-24"), with or without a weekday in front. Anything else is refused beside the date field.
 */
public final class ExpectedDates {

    private static final Pattern DAY_MONTH = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})(?:[/.-](\\d{2}|\\d{4}))?");
    private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern DAYS_AHEAD = Pattern.compile("\\+(\\d{1,3})");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("EEE d/MM/yyyy", Locale.ENGLISH);

    private ExpectedDates() {
    }

    /** The day {@code typed} means, counted from {@code today}. */
    public static LocalDate parse(String typed, LocalDate today) {
        // A weekday in front ("Tue 24/11/2026", as the form shows a day) is only a reading aid.
        String t = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT)
                .replaceFirst("^[a-z]{3,9},?\\s+(?=\\d)", "");
        if (t.isEmpty()) {
            throw refused("Type the day they are expected");
        }
        if (t.equals("today")) {
            return today;
        }
        if (t.equals("tomorrow")) {
            return today.plusDays(1);
        }
        Matcher ahead = DAYS_AHEAD.matcher(t);
        if (ahead.matches()) {
            return today.plusDays(Integer.parseInt(ahead.group(1)));
        }
        try {
            if (ISO.matcher(t).matches()) {
                return LocalDate.parse(t);
            }
            Matcher m = DAY_MONTH.matcher(t);
            if (m.matches()) {
                return dayMonth(m, today);
            }
        } catch (DateTimeException e) {
            throw new Refused("date", "There is no such day as " + typed.strip() + ".");
        }
        throw refused("\"" + typed.strip() + "\" is not a date");
    }

    private static LocalDate dayMonth(Matcher m, LocalDate today) {
        int day = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2));
        if (m.group(3) == null) {
            LocalDate thisYear = LocalDate.of(today.getYear(), month, day);
            return thisYear.isBefore(today) ? LocalDate.of(today.getYear() + 1, month, day) : thisYear;
        }
        int year = Integer.parseInt(m.group(3));
        return LocalDate.of(year < 100 ? 2000 + year : year, month, day);
    }

    /** How the form shows a day: "Tue 24/11/2026". */
    public static String show(LocalDate date) {
        return SHOWN.format(date);
    }

    private static Refused refused(String what) {
        return new Refused("date", what + ": type today, tomorrow, +3 for three days from now, or a date like 24/11/2026.");
    }
}
