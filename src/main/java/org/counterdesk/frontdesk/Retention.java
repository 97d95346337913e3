package org.counterdesk.frontdesk;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Australian Privacy Principle 11 at the desk: personal details of visits older than the
 * retention period (a setting, 90 days unless changed) are replaced, keeping counts and times.
 * Runs when the app starts and then once each business day; each run is journaled with counts
 * only. Nothing else removes visit records.
 */
public record Retention(Jdbi jdbi, CounterSetup counter, FrontDeskConfig config, Journal journal, Clock clock,
                        List<PersonalRecords> holders) {

    /** What one run did: the first day whose records were kept, and how many were de-identified, by kind. */
    public record Run(LocalDate keptFrom, Map<String, Integer> counts) {

        public int total() {
            return counts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(Retention.class);

    public Retention {
        holders = List.copyOf(holders);
    }

    /** Runs unless it has already run today (or the counter is not set up yet). */
    public Optional<Run> runIfDue() {
        if (!counter.isSetUp()) {
            return Optional.empty();
        }
        LocalDate today = counter.deskDate();
        boolean ranToday = jdbi.withHandle(h -> new FrontDeskSettingsDao(h).get(lastRunSetting()))
                .map(today.toString()::equals).orElse(false);
        return ranToday ? Optional.empty() : Optional.of(run());
    }

    /**
     * When this terminal last ran: each PC of a site runs its own, because the kept badge and
     * roll files are on each PC (the shared records are simply found done by the second run).
     */
    private String lastRunSetting() {
        return FrontDeskSettingsDao.RETENTION_LAST_RUN + "." + counter.terminal().code();
    }

    /** De-identifies everything older than the retention period now, and journals the counts. */
    public Run run() {
        LocalDate today = counter.deskDate();
        int days = config.settings().retentionDays();
        LocalDate keptFrom = today.minusDays(days);
        Instant cutoff = keptFrom.atStartOfDay(counter.organisation().timeZone()).toInstant();
        Instant now = clock.instant();
        Run run = jdbi.inTransaction(h -> {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PersonalRecords holder : holders) {
                counts.put(holder.name(), holder.deidentifyBefore(h, cutoff, keptFrom, now));
            }
            JournalEvent event = JournalEvent.of("RETENTION_RUN", "SYSTEM", counter.terminal().code(), "retention",
                    keptFrom).with("retentionDays", days);
            for (var e : counts.entrySet()) {
                event = event.with(e.getKey(), e.getValue());
            }
            journal.append(h, event);
            new FrontDeskSettingsDao(h).put(lastRunSetting(), today.toString());
            return new Run(keptFrom, counts);
        });
        LOG.info("Retention: personal details before {} de-identified: {}", keptFrom, run.counts());
        return run;
    }
}
