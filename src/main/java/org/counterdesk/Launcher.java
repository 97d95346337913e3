package org.counterdesk;

import org.counterdesk.cli.Cli;
import org.counterdesk.store.DataFolder;
import org.counterdesk.app.ui.CounterdeskApp;

/**
 * The program's entry point. Not a JavaFX class, so it can be the main class of a plain jar;
 * it points the log at the data folder before anything logs, then starts the app or, given
 * arguments, runs the administrator's command line (which never loads a JavaFX class).
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        System.setProperty("counterdesk.logs", DataFolder.fromEnvironment().logs().toString());
        if (args.length == 0) {
            startApp(args);
            return;
        }
        // The command line speaks on stdout and stderr itself; the log keeps the details.
        System.setProperty("counterdesk.consoleLevel", "OFF");
        System.exit(Cli.run(args));
    }

    /** Kept apart so that only this path loads the JavaFX application class. */
    private static void startApp(String[] args) {
        CounterdeskApp.launchApp(args);
    }
}
