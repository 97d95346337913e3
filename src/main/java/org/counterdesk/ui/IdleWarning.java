package org.counterdesk.ui;

import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.util.Duration;

/**
 * The last seconds before the idle lock: a notice over the window counts down, and any one key
 * (or a click) keeps the person signed in (WCAG 2.2.1: warned, and time to extend with a simple
 * action). The key that extends does nothing else, so it cannot type into a field or press a
 * button by accident.
 */
public final class IdleWarning {

    /** How long before the lock the warning shows: 30 s, or {@code counterdesk.idleWarnSeconds}. */
    public static Duration warning() {
        return Duration.seconds(Integer.getInteger("counterdesk.idleWarnSeconds", 30));
    }

    /** How long idle before the lock: {@code counterdesk.idleSeconds} when set, else {@code idle}. */
    public static Duration idle(Duration idle) {
        Integer seconds = Integer.getInteger("counterdesk.idleSeconds");
        return seconds == null ? idle : Duration.seconds(seconds);
    }

    private final Scene scene;
    private final Runnable lock;
    private final Runnable extended;
    private final Label countdown = new Label();
    private final Popup popup = new Popup();
    private final Timeline ticks = new Timeline(new KeyFrame(Duration.seconds(1), e -> tick()));
    private int secondsLeft;
    private boolean swallowing;

    public IdleWarning(Scene scene, Runnable lock, Runnable extended) {
        this.scene = scene;
        this.lock = lock;
        this.extended = extended;
        ticks.setCycleCount(Timeline.INDEFINITE);
        countdown.setId("idleWarning");
        countdown.setWrapText(true);
        countdown.setMaxWidth(460);
        Label title = new Label("Still there?");
        title.getStyleClass().add("title-4");
        VBox box = new VBox(8, title, countdown);
        box.getStyleClass().addAll("idle-warning", "card");
        popup.getContent().add(box);
        scene.addEventFilter(KeyEvent.ANY, this::key);
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, this::click);
    }

    public boolean showing() {
        return popup.isShowing();
    }

    public void show() {
        secondsLeft = (int) warning().toSeconds();
        say();
        ((VBox) popup.getContent().get(0)).getStylesheets().setAll(scene.getStylesheets());
        var w = scene.getWindow();
        popup.show(w, w.getX() + w.getWidth() / 2 - 240, w.getY() + 90);
        ticks.playFromStart();
    }

    public void hide() {
        ticks.stop();
        if (popup.isShowing()) {
            popup.hide();
        }
    }

    private void tick() {
        secondsLeft--;
        if (secondsLeft <= 0) {
            hide();
            lock.run();
        } else {
            say();
        }
    }

    private void say() {
        countdown.setText("The screen locks in " + secondsLeft + " s, for nobody has used it for a while. "
                + "Press any key to stay signed in.");
        countdown.setAccessibleText(countdown.getText());
    }

    private void key(KeyEvent e) {
        if (showing() && e.getEventType() == KeyEvent.KEY_PRESSED) {
            hide();
            swallowing = true;
            extended.run();
            e.consume();
        } else if (swallowing) {
            if (e.getEventType() == KeyEvent.KEY_RELEASED) {
                swallowing = false;
            }
            e.consume();
        }
    }

    private void click(Event e) {
        if (showing()) {
            hide();
            extended.run();
            e.consume();
        }
    }
}
