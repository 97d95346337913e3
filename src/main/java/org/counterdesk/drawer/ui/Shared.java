package org.counterdesk.drawer.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * What every part of the drawer screen shares: the person at it, the worker that runs its steps off
 * the FX thread, and the messages, where a step that fails says why.
 */
record Shared(Actor actor, Background background, FormErrors errors) {

    /** Runs {@code work} in the background; {@code then} gets its result, a failure shows in the messages. */
    <T> void run(Callable<T> work, Consumer<T> then) {
        background.run(work, then, errors::show);
    }

    /** Reads of {@code what} (a list, the day's figures) whose failure shows in the messages. */
    ListReads reads(String what) {
        return new ListReads(what, errors);
    }
}
