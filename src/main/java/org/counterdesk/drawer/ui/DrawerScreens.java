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
public record DrawerScreens(DrawerRoom room, CounterSetup counter, Actor actor, Background background) {

    /** The cashier's drawer screen (F11). */
    public Screen drawer() {
        var accounts = counter.organisation().accounts();
        DrawerController drawer = new DrawerController(new DrawerViewModel(actor, room, background,
                accounts == null ? null : accounts.pettyCash(), counter.organisation().timeZone()));
        return new Screen("Drawer", KeyCode.F11, drawer.root(), drawer::shown);
    }

    /** The administrators' drawer settings card. */
    public DrawerAdminController settings() {
        return new DrawerAdminController(new DrawerAdminViewModel(actor, room.admin()));
    }
}
