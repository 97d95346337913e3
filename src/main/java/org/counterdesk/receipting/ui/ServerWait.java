package org.counterdesk.receipting.ui;

import javafx.animation.PauseTransition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.util.Duration;

/**
 * The wait between tries while the site's server cannot be reached: 2 s, then 4, 8 and at
 * most 15 s apart, so a counter neither hammers a server that is starting up again nor leaves
 * a customer standing long once it is back. The wait runs on the FX clock (no thread is held),
 * so the screen answers keys the whole time; {@link #stop()} ends it (Esc, or the cashier
 * changing the draft).
 */
final class ServerWait {

    private static final int FIRST_SECONDS = 2;
    private static final int MOST_SECONDS = 15;

    private final ReadOnlyBooleanWrapper waiting = new ReadOnlyBooleanWrapper(false);
    private PauseTransition pause;
    private int seconds;

    /** True from a failed try until the next try succeeds or the wait is stopped. */
    ReadOnlyBooleanProperty waiting() {
        return waiting.getReadOnlyProperty();
    }

    /** Seconds until the next try (what the screen shows as "retrying every N s"). */
    int seconds() {
        return seconds;
    }

    /** Schedules {@code retry} after the next delay, longer each time the server still cannot be reached. */
    void retryLater(Runnable retry) {
        seconds = waiting.get() ? Math.min(MOST_SECONDS, seconds * 2) : FIRST_SECONDS;
        waiting.set(true);
        cancelPause();
        pause = new PauseTransition(Duration.seconds(seconds));
        pause.setOnFinished(e -> {
            pause = null;
            if (waiting.get()) {
                retry.run();
            }
        });
        pause.play();
    }

    /** Ends the wait: no further try is made (one already running finishes). */
    void stop() {
        cancelPause();
        waiting.set(false);
    }

    private void cancelPause() {
        if (pause != null) {
            pause.stop();
            pause = null;
        }
    }
}
