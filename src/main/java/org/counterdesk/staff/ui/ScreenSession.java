package org.counterdesk.staff.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * What every part of a signed-in screen shares: the person at it, the worker that runs its steps
 * off the FX thread, and the screen's messages, where a step that fails says why. The drawer and
 * banking screens hand one to each of their panels' models.
 */
public record ScreenSession(Actor actor, Background background, FormErrors errors) {

    /** Runs {@code work} in the background; {@code then} gets its result, a failure shows in the messages. */
    public <T> void run(Callable<T> work, Consumer<T> then) {
        background.run(work, then, errors::show);
    }

    /** Reads of {@code what} (a list, the day's figures) whose failure shows in the messages. */
    public ListReads reads(String what) {
        return new ListReads(what, errors);
    }
}
