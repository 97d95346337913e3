package org.counterdesk.exchange.masterdata;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.counterdesk.frontdesk.BusinessUnit;
import org.counterdesk.frontdesk.DirectoryRoster;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Applies the business units of a staff directory file, matched by name ignoring case; units
 * missing from the file are deactivated. Part of the staff directory import's transaction.
 */
record UnitImport(DirectoryRoster directory) {

    /** Applies {@code units} and returns each unit's id by its name in lower case. */
    Map<String, Long> apply(Handle h, Actor actor, List<StaffFile.Unit> units, Tally tally) {
        Map<String, BusinessUnit> stored = new HashMap<>();
        directory.units(h).forEach(u -> stored.put(u.name().toLowerCase(Locale.ROOT), u));
        Map<String, Long> ids = new HashMap<>();
        for (StaffFile.Unit u : units) {
            tally.record();
            BusinessUnit now = stored.remove(u.key());
            if (now == null) {
                long id = directory.addUnit(h, actor, u.name(), u.email(), u.phone());
                if (!u.active()) {
                    directory.setUnitActive(h, actor, id, false);
                }
                ids.put(u.key(), id);
                tally.added();
                continue;
            }
            ids.put(u.key(), now.id());
            boolean details = !u.name().equals(now.name()) || !Objects.equals(u.email(), now.email())
                    || !Objects.equals(u.phone(), now.phone());
            if (details) {
                directory.changeUnit(h, actor, now.id(), u.name(), u.email(), u.phone());
            }
            if (u.active() != now.active()) {
                directory.setUnitActive(h, actor, now.id(), u.active());
                if (!u.active()) {
                    tally.deactivated();
                }
            }
            if (details || u.active() != now.active()) {
                tally.changed();
            }
        }
        for (BusinessUnit gone : stored.values()) {
            if (gone.active()) {
                directory.setUnitActive(h, actor, gone.id(), false);
                tally.deactivated();
            }
        }
        return ids;
    }
}
