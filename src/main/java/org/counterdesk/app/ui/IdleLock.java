package org.counterdesk.app.ui;

import javafx.animation.PauseTransition;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.counterdesk.ui.IdleWarning;

/** Locks the counter screen after a spell with no key or mouse use, as a counter PC left idle must, warning first. */
final class IdleLock {

    static final Duration IDLE = Duration.minutes(Integer.getInteger("counterdesk.idleMinutes", 5));

    private final PauseTransition timer = new PauseTransition(IdleWarning.idle(IDLE).subtract(IdleWarning.warning()));
    private final IdleWarning warning;
    private boolean running;

    IdleLock(Scene scene, Runnable lock) {
        warning = new IdleWarning(scene, () -> {
            running = false;
            lock.run();
        }, () -> timer.playFromStart());
        timer.setOnFinished(e -> warning.show());
        scene.addEventFilter(KeyEvent.ANY, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_MOVED, this::activity);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::activity);
    }

    private void activity(Event e) {
        if (running && !warning.showing()) {
            timer.playFromStart();
        }
    }

    void start() {
        running = true;
        timer.playFromStart();
    }

    void stop() {
        running = false;
        timer.stop();
        warning.hide();
    }
}
