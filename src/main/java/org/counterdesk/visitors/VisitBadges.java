package org.counterdesk.visitors;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.BadgeRange;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.organisation.CounterSetup;
import org.jdbi.v3.core.Jdbi;

/** The visitor badges: who wears which, the next free one, and whether a typed badge can be handed over. */
record VisitBadges(Jdbi jdbi, CounterSetup counter, FrontDeskConfig config) {

    /** The badge number typed at the desk, checked against the range and the badges worn now. */
    int check(String typed, BadgeRange range) {
        String t = typed == null ? "" : typed.strip();
        if (t.isEmpty()) {
            throw new Refused("badge", "Enter the number of the badge you hand over." + freeHint());
        }
        if (!t.matches("\\d{1,5}")) {
            throw new Refused("badge", "A badge number is digits only." + freeHint());
        }
        int badge = Integer.parseInt(t);
        if (!range.contains(badge)) {
            throw new Refused("badge", "Badges here are numbered " + range.first() + " to " + range.last() + "."
                    + freeHint());
        }
        if (holder(badge).isPresent()) {
            throw taken(badge);
        }
        return badge;
    }

    /** The refusal for a badge someone is wearing, naming them and offering a free one. */
    Refused taken(int badge) {
        Optional<Visit> holder = holder(badge);
        return new Refused("badge", "Badge " + badge + " is already in use" + holder.map(v -> " (" + v.name()
                + ", signed in at " + DeskTimes.time(v.signedInAt(), counter.organisation().timeZone()) + ")").orElse("")
                + "." + freeHint());
    }

    private String freeHint() {
        return nextFree().map(b -> " Badge " + b + " is free.").orElse(" All badges are in use.");
    }

    /** The visitor on site wearing {@code badge}. */
    Optional<Visit> holder(int badge) {
        return jdbi.withHandle(h -> new VisitDao(h).onSiteWithBadge(badge));
    }

    /** The lowest badge number in the range that nobody is wearing. */
    Optional<Integer> nextFree() {
        BadgeRange range = config.settings().badges();
        Set<Integer> used = new HashSet<>(jdbi.withHandle(h -> new VisitDao(h).badgesInUse()));
        for (int b = range.first(); b <= range.last(); b++) {
            if (!used.contains(b)) {
                return Optional.of(b);
            }
        }
        return Optional.empty();
    }
}
