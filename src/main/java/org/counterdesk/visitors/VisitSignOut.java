package org.counterdesk.visitors;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.Sql;
import org.counterdesk.frontdesk.VisitorNames;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Jdbi;

/** Signing visitors out at the desk: by badge, scanned badge, name, or the visit itself. */
record VisitSignOut(Jdbi jdbi, CounterSetup counter, VisitBadges badges, Supplier<List<Visit>> onSite,
                    Journal journal, Clock clock) {

    /** See {@link Visits#signOutTyped}. */
    Visit typed(Actor actor, String typed) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new Refused("signOut", "Type the badge number or the visitor's name, or scan the badge.");
        }
        if (t.matches("\\d{1,5}")) {
            Visit v = badges.holder(Integer.parseInt(t)).orElseThrow(() -> new Refused("signOut",
                    "Nobody is signed in with badge " + t + "."));
            return visit(actor, v.id());
        }
        if (t.matches("[Vv]\\d{1,12}")) {
            return visit(actor, Long.parseLong(t.substring(1)));
        }
        return visit(actor, byName(t).id());
    }

    private Visit byName(String t) {
        String key = VisitorNames.matchKey(t);
        List<Visit> here = onSite.get();
        List<Visit> exact = here.stream().filter(v -> VisitorNames.matchKey(v.name()).equals(key)).toList();
        List<Visit> found = exact.isEmpty()
                ? here.stream().filter(v -> VisitorNames.matchKey(v.name()).contains(key)).toList() : exact;
        if (found.isEmpty()) {
            throw new Refused("signOut", "No one called \"" + t + "\" is signed in.");
        }
        if (found.size() > 1) {
            throw new Refused("signOut", found.size() + " visitors signed in match \"" + t + "\" (badges "
                    + String.join(", ", found.stream().map(v -> Integer.toString(v.badge())).toList())
                    + "): sign out by badge number.");
        }
        return found.get(0);
    }

    /** See {@link Visits#signOut}. */
    Visit visit(Actor actor, long visitId) {
        Instant now = clock.instant();
        try {
            return jdbi.inTransaction(h -> {
                VisitDao dao = new VisitDao(h);
                Visit v = dao.byId(visitId).orElseThrow(() -> new Refused("signOut", "There is no visit "
                        + Visit.codeOf(visitId) + "."));
                if (!v.onSite()) {
                    throw alreadyOut(v);
                }
                dao.signOut(visitId, now, actor.staff().id(), false);
                dao.returnBadge(visitId);
                journal.append(h, JournalEvent.of("VISITOR_SIGNED_OUT", actor.staffNumber(), actor.terminalCode(),
                        Visits.SUBJECT, visitId).with("badge", v.badge()));
                return dao.byId(visitId).orElseThrow();
            });
        } catch (RuntimeException e) {
            if (Sql.isUniqueViolation(e)) {
                throw alreadyOut(jdbi.withHandle(h -> new VisitDao(h).byId(visitId)).orElseThrow());
            }
            throw e;
        }
    }

    private Refused alreadyOut(Visit v) {
        return new Refused("signOut", v.name() + " is not signed in: they " + (v.automatic()
                ? "were signed out automatically at close of business"
                : "signed out at " + DeskTimes.time(v.signedOutAt(), counter.organisation().timeZone())) + ".");
    }
}
