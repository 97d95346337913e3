package org.counterdesk.visitors;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.Sql;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.jdbi.v3.core.Jdbi;

/**
 * Signs out, as of the close of business that followed their arrival, visitors still signed
 * in after it, so that the next morning's list flags them for the desk to check.
 */
record CloseOfBusiness(Jdbi jdbi, CounterSetup counter, FrontDeskConfig config, Notifications notifications,
                       Supplier<List<Visit>> onSite, Journal journal, Clock clock) {

    /** See {@link Visits#signOutAfterCloseOfBusiness()}. */
    int signOutStayers() {
        if (!counter.isSetUp()) {
            return 0;
        }
        LocalTime close = config.settings().closeOfBusiness();
        ZoneId zone = counter.organisation().timeZone();
        Instant now = clock.instant();
        int count = 0;
        for (Visit v : onSite.get()) {
            Instant closeAt = closeAfter(v.signedInAt(), close, zone);
            if (!now.isBefore(closeAt) && signOut(v, closeAt)) {
                count++;
            }
        }
        if (count > 0) {
            notifications.changed();
        }
        return count;
    }

    private boolean signOut(Visit v, Instant closeAt) {
        try {
            jdbi.useTransaction(h -> {
                VisitDao dao = new VisitDao(h);
                dao.signOut(v.id(), closeAt, null, true);
                dao.returnBadge(v.id());
                journal.append(h, JournalEvent.of("VISITOR_AUTO_SIGNED_OUT", Visits.SYSTEM, counter.terminal().code(),
                        Visits.SUBJECT, v.id()).with("badge", v.badge()));
            });
            return true;
        } catch (RuntimeException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            // Signed out at the desk a moment ago: nothing to do.
            return false;
        }
    }

    /** The first close of business after {@code signedIn} (a visitor who came after closing is counted to the next). */
    static Instant closeAfter(Instant signedIn, LocalTime close, ZoneId zone) {
        ZonedDateTime local = signedIn.atZone(zone);
        ZonedDateTime closing = local.toLocalDate().atTime(close).atZone(zone);
        if (!closing.isAfter(local)) {
            closing = local.toLocalDate().plusDays(1).atTime(close).atZone(zone);
        }
        return closing.toInstant();
    }
}
