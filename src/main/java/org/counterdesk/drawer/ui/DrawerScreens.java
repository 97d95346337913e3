package org.counterdesk.drawer.ui;

import javafx.scene.input.KeyCode;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Screen;

/**
 * The drawer room's screens, built from its own services: the shell only decides who sees them
 * and where they sit in the navigation.
 */
public final class DrawerScreens {

    private final DrawerRoom room;
    private final CounterSetup counter;
    private final Actor actor;
    private final Background background;

    public DrawerScreens(DrawerRoom room, CounterSetup counter, Actor actor, Background background) {
        this.room = room;
        this.counter = counter;
        this.actor = actor;
        this.background = background;
    }

    /** The cashier's drawer screen (F11). */
    public Screen drawer() {
        DrawerController drawer = new DrawerController(model(), counter.organisation().timeZone());
        return new Screen("Drawer", KeyCode.F11, drawer.root(), drawer::shown);
    }

    /** The administrators' drawer settings card. */
    public DrawerAdminController settings() {
        return new DrawerAdminController(new DrawerAdminViewModel(actor, room.admin()));
    }

    private DrawerViewModel model() {
        var accounts = counter.organisation().accounts();
        return new DrawerViewModel(actor, room.sessions(), room.opening(), room.movements(), room.closing(),
                new DrawerDocuments() {
                    @Override
                    public void printMidShift(Actor a, long sessionId) {
                        room.printing().printX(a, sessionId);
                    }

                    @Override
                    public void printClose(long sessionId) {
                        room.printing().printZ(sessionId);
                    }

                    @Override
                    public void printVoucher(long movementId) {
                        room.printing().printVoucher(movementId);
                    }
                }, background, accounts == null ? null : accounts.pettyCash());
    }
}
