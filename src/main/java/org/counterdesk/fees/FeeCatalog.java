package org.counterdesk.fees;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The fees a counter can charge on a given day, and their history. Imports add a new schedule;
 * earlier schedules stay, so a receipt always shows a fee as it was when it was posted.
 */
public record FeeCatalog(Jdbi jdbi, Journal journal, Clock clock) {

    /** Stores a checked schedule inside the caller's transaction and journals it. */
    public long store(Handle h, FeeSchedule schedule, Long importedBy, String actor, String terminal, String source) {
        FeeDao dao = new FeeDao(h);
        long id = dao.insertSchedule(schedule.effectiveFrom(), clock.instant(), importedBy, source);
        schedule.fees().forEach(f -> dao.insertFee(id, f));
        journal.append(h, JournalEvent.of("FEE_SCHEDULE_IMPORTED", actor, terminal, "fee_schedule", id)
                .with("effectiveFrom", schedule.effectiveFrom().toString()).with("fees", schedule.fees().size()));
        return id;
    }

    /** The fees in force on {@code date}, by code. */
    public List<Fee> inForce(LocalDate date) {
        return jdbi.withHandle(h -> {
            FeeDao dao = new FeeDao(h);
            return dao.scheduleInForce(date).map(dao::fees).orElse(List.of());
        });
    }

    /** The date the schedule in force on {@code date} took effect; empty before the first schedule. */
    public Optional<LocalDate> effectiveDateOn(Handle h, LocalDate date) {
        return new FeeDao(h).effectiveDateOn(date);
    }

    /** How many schedules have been imported to take effect on exactly {@code date} (the newest one applies). */
    public int schedulesFor(Handle h, LocalDate date) {
        return new FeeDao(h).schedulesFor(date);
    }

    public Optional<Fee> byCode(LocalDate date, String code) {
        String c = code == null ? "" : code.strip();
        return inForce(date).stream().filter(f -> f.code().equalsIgnoreCase(c)).findFirst();
    }

    /**
     * Fees matching what the cashier typed: an exact code first, then codes starting with it,
     * then descriptions containing every typed word.
     */
    public static List<Fee> match(List<Fee> fees, String typed) {
        String q = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return fees;
        }
        List<Fee> exact = new ArrayList<>();
        List<Fee> prefix = new ArrayList<>();
        List<Fee> words = new ArrayList<>();
        String[] parts = q.split("\\s+");
        for (Fee f : fees) {
            String code = f.code().toLowerCase(Locale.ROOT);
            String description = f.description().toLowerCase(Locale.ROOT);
            if (code.equals(q)) {
                exact.add(f);
            } else if (code.startsWith(q)) {
                prefix.add(f);
            } else if (containsAll(description, parts)) {
                words.add(f);
            }
        }
        exact.addAll(prefix);
        exact.addAll(words);
        return exact;
    }

    private static boolean containsAll(String text, String[] parts) {
        for (String p : parts) {
            if (!text.contains(p)) {
                return false;
            }
        }
        return true;
    }
}
