package org.counterdesk.drawer;

import java.util.List;
import java.util.Set;
import org.counterdesk.common.Refused;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.jdbi.v3.core.Jdbi;

/**
 * Drawer set-up for administrators: drawers (code, name, set float) at this terminal, and the
 * variance tolerance and petty cash limit. Every change is journaled; sessions already open
 * keep the float they opened with.
 */
public record DrawerAdmin(Jdbi jdbi, Journal journal) {

    /** Council policy keeps floats and petty cash at or under $500. */
    public static final Money POLICY_CEILING = Money.ofDollars(500);

    public List<Drawer> drawers(Actor actor) {
        return jdbi.withHandle(h -> new DrawerDao(h).drawers(actor.terminal().id()));
    }

    /** The ids of the drawers at the actor's terminal that have been retired and can no longer be opened. */
    public Set<Long> retired(Actor actor) {
        return jdbi.withHandle(h -> new DrawerDao(h).retired(actor.terminal().id()));
    }

    public DrawerSettings settings() {
        return jdbi.withHandle(DrawerSettings::read);
    }

    public Drawer add(Actor actor, String code, String name, Money setFloat) {
        actor.require(Role.ADMINISTRATOR, "set up drawers");
        String c = code == null ? "" : code.strip().toUpperCase();
        if (!c.matches("[A-Z0-9-]{2,12}")) {
            throw new Refused("drawerCode", "A drawer code is 2 to 12 capital letters, digits or '-', like CD01-3.");
        }
        String n = checkName(name);
        checkFloat(setFloat);
        return jdbi.inTransaction(h -> {
            DrawerDao dao = new DrawerDao(h);
            if (dao.drawerByCode(c).isPresent()) {
                throw new Refused("drawerCode", "Drawer " + c + " already exists.");
            }
            long id = dao.addDrawer(actor.terminal().id(), c, n, setFloat);
            journal.append(h, JournalEvent.of("DRAWER_ADDED", actor.staffNumber(), actor.terminalCode(), "drawer", c)
                    .with("setFloat", setFloat.cents()));
            return dao.drawer(id).orElseThrow();
        });
    }

    public Drawer change(Actor actor, long drawerId, String name, Money setFloat) {
        actor.require(Role.ADMINISTRATOR, "set up drawers");
        String n = checkName(name);
        checkFloat(setFloat);
        return jdbi.inTransaction(h -> {
            DrawerDao dao = new DrawerDao(h);
            Drawer d = dao.drawer(drawerId).orElseThrow(() -> new Refused("There is no such drawer."));
            dao.changeDrawer(drawerId, n, setFloat);
            journal.append(h, JournalEvent.of("DRAWER_CHANGED", actor.staffNumber(), actor.terminalCode(), "drawer",
                    d.code()).with("setFloat", setFloat.cents()).with("previousFloat", d.setFloat().cents()));
            return dao.drawer(drawerId).orElseThrow();
        });
    }

    public void saveSettings(Actor actor, DrawerSettings settings) {
        actor.require(Role.ADMINISTRATOR, "change the drawer settings");
        if (settings.tolerance().isNegative() || settings.tolerance().greaterThan(Money.ofDollars(50))) {
            throw new Refused("tolerance", "The variance tolerance must be between $0.00 and $50.00.");
        }
        if (!settings.pettyCashLimit().isPositive() || settings.pettyCashLimit().greaterThan(POLICY_CEILING)) {
            throw new Refused("pettyLimit", "The petty cash limit must be more than $0 and at most "
                    + POLICY_CEILING.format() + ".");
        }
        jdbi.useTransaction(h -> {
            settings.write(h);
            journal.append(h, JournalEvent.of("SETTING_CHANGED", actor.staffNumber(), actor.terminalCode(), "setting",
                            "drawer")
                    .with(DrawerSettings.TOLERANCE_KEY, settings.tolerance().cents())
                    .with(DrawerSettings.PETTY_LIMIT_KEY, settings.pettyCashLimit().cents())
                    .with(DrawerSettings.CASHIERS_BANK_KEY, settings.cashiersMayBank()));
        });
    }

    private static String checkName(String name) {
        String n = name == null ? "" : name.strip();
        if (n.isEmpty() || n.length() > 60) {
            throw new Refused("drawerName", "Name the drawer (up to 60 characters).");
        }
        return n;
    }

    private static void checkFloat(Money setFloat) {
        if (setFloat == null || !setFloat.isPositive() || setFloat.cents() % 5 != 0) {
            throw new Refused("drawerFloat", "The float must be more than zero, in 5-cent steps.");
        }
        if (setFloat.greaterThan(POLICY_CEILING)) {
            throw new Refused("drawerFloat", "Council policy keeps a float at or under " + POLICY_CEILING.format() + ".");
        }
    }
}
