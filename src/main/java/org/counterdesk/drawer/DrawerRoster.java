package org.counterdesk.drawer;

import java.util.List;
import java.util.Optional;
import org.counterdesk.journal.Journal;
import org.counterdesk.journal.JournalEvent;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.jdbi.v3.core.Handle;

/**
 * Reads and writes drawer set-up on behalf of the drawers import, inside the import's
 * transaction. Drawers are retired (deactivated), never deleted; every change is journaled.
 */
public record DrawerRoster(Journal journal) {

    /** A drawer with whether it may still be opened. */
    public record Entry(Drawer drawer, boolean active) {
    }

    /** Every drawer at the terminal, retired or not. */
    public List<Entry> drawers(Handle h, long terminalId) {
        DrawerDao dao = new DrawerDao(h);
        return dao.drawers(terminalId).stream().map(d -> new Entry(d, dao.isActive(d.id()))).toList();
    }

    /** A drawer by code at any terminal (codes are unique across the database). */
    public Optional<Drawer> byCode(Handle h, String code) {
        return new DrawerDao(h).drawerByCode(code);
    }

    /** The drawer's session that is not closed yet, if any. */
    public Optional<DrawerSession> unclosedSession(Handle h, long drawerId) {
        return new DrawerDao(h).unclosedOn(drawerId).stream().findFirst();
    }

    /** The cashier's session that is not closed yet, if any (a cashier has at most one). */
    public Optional<DrawerSession> unclosedSessionOf(Handle h, long cashierId) {
        return new DrawerDao(h).unclosedFor(cashierId).stream().findFirst();
    }

    public void add(Handle h, Actor by, String code, String name, Money setFloat, boolean active) {
        DrawerDao dao = new DrawerDao(h);
        long id = dao.addDrawer(by.terminal().id(), code, name, setFloat);
        if (!active) {
            dao.setActive(id, false);
        }
        journal.append(h, JournalEvent.of("DRAWER_ADDED", by.staffNumber(), by.terminalCode(), "drawer", code)
                .with("setFloat", setFloat.cents()).with("active", active).with("source", "import"));
    }

    public void change(Handle h, Actor by, Drawer d, String name, Money setFloat) {
        new DrawerDao(h).changeDrawer(d.id(), name, setFloat);
        journal.append(h, JournalEvent.of("DRAWER_CHANGED", by.staffNumber(), by.terminalCode(), "drawer", d.code())
                .with("setFloat", setFloat.cents()).with("previousFloat", d.setFloat().cents()).with("source", "import"));
    }

    public void setActive(Handle h, Actor by, Drawer d, boolean active) {
        new DrawerDao(h).setActive(d.id(), active);
        journal.append(h, JournalEvent.of(active ? "DRAWER_REACTIVATED" : "DRAWER_RETIRED", by.staffNumber(),
                by.terminalCode(), "drawer", d.code()).with("source", "import"));
    }
}
