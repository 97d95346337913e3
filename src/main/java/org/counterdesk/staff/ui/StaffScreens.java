package org.counterdesk.staff.ui;

import javafx.scene.input.KeyCode;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.StaffRoom;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.LazyScreen;
import org.counterdesk.ui.Screen;

/**
 * The staff room's screens, built from its own services: the shell only decides who sees them
 * and where they sit in the navigation.
 */
public final class StaffScreens {

    private final StaffRoom room;
    private final Actor actor;
    private final Background background;

    public StaffScreens(StaffRoom room, Actor actor, Background background) {
        this.room = room;
        this.actor = actor;
        this.background = background;
    }

    /** The staff list for supervisors and administrators (F9). */
    public Screen admin() {
        return LazyScreen.of("Staff", KeyCode.F9, () -> {
            StaffAdminController staff = new StaffAdminController(new StaffAdminViewModel(actor, room.staff(),
                    background));
            return new LazyScreen.Built(staff.root(), staff::shown);
        });
    }
}
