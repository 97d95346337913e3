package org.counterdesk;

import org.counterdesk.store.DataFolder;
import org.counterdesk.ui.CounterdeskApp;

/**
 * The program's entry point. Not a JavaFX class, so it can be the main class of a plain jar;
 * it points the log at the data folder before anything logs, then starts the app.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("counterdesk.logs", DataFolder.fromEnvironment().logs().toString());
        CounterdeskApp.launchApp(args);
    }
}
