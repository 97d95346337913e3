package org.counterdesk.visitors;

import org.counterdesk.common.Refused;
import org.counterdesk.frontdesk.WatchEntry;

/** A visitor's name matches the watch list: the desk must get a supervisor's approval to continue. */
public final class WatchListHit extends Refused {

    private static final long serialVersionUID = 1L;
    private final transient WatchEntry entry;

    public WatchListHit(WatchEntry entry) {
        super("name", "This name is on the watch list: " + entry.note()
                + " A supervisor must approve (staff number and PIN) before this visitor is signed in.");
        this.entry = entry;
    }

    public WatchEntry entry() {
        return entry;
    }
}
