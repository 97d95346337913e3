package org.counterdesk.setup.ui;

import org.counterdesk.setup.SetupRoom;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.LazyScreen;

/** The setup room's screens, built from its own services: the shell only shows them on a new data folder. */
public record SetupScreens(SetupRoom room, Background background) {

    /** The first-run screen; {@code done} runs once the data folder is set up. */
    public LazyScreen.Built firstRun(Runnable done) {
        FirstRunController firstRun = new FirstRunController(new FirstRunViewModel(room.firstRun(), background), done);
        return new LazyScreen.Built(firstRun.root(), firstRun::focus);
    }
}
