package org.counterdesk.bench.ui;

import javafx.application.Application;

/** A plain main for {@link BareWindow}: a class extending Application cannot be the main class on a class path. */
public final class BareLauncher {

    private BareLauncher() {
    }

    public static void main(String[] args) {
        Application.launch(BareWindow.class, args);
    }
}
