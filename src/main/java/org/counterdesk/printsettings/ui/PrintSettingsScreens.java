package org.counterdesk.printsettings.ui;

import org.counterdesk.printsettings.PrintSettingsRoom;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;

/** The print settings room's screens, built from its own services: its card on the Settings screen. */
public record PrintSettingsScreens(PrintSettingsRoom room, Actor actor, Background background) {

    /** The administrators' print settings card. */
    public PrintSettingsController settings() {
        return new PrintSettingsController(new PrintSettingsViewModel(actor, room.setup(), background));
    }
}
