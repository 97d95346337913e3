package org.counterdesk.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;

/**
 * The main window once signed in: who, where and when across the top, the screens along the
 * navigation bar (each with its function key), and the current screen below.
 */
public final class MainController {

    private final Actor actor;
    private final CounterSetup counter;
    private final List<Screen> screens;
    private final Runnable lock;
    private final Runnable signOut;
    private final Parent root;
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML private Label organisation;
    @FXML private Label demoBadge;
    @FXML private Label terminal;
    @FXML private Label date;
    @FXML private Label person;
    @FXML private Button lockButton;
    @FXML private Button signOutButton;
    @FXML private HBox nav;
    @FXML private StackPane content;

    public MainController(Actor actor, CounterSetup counter, List<Screen> screens, Runnable lock, Runnable signOut) {
        this.actor = actor;
        this.counter = counter;
        this.screens = List.copyOf(screens);
        this.lock = lock;
        this.signOut = signOut;
        this.root = Fxml.load(this, "main.fxml");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::functionKeys);
    }

    @FXML
    private void initialize() {
        organisation.setText(counter.organisation().name());
        demoBadge.setVisible(counter.demo());
        demoBadge.setManaged(counter.demo());
        terminal.setText("Terminal " + actor.terminalCode());
        date.setText(Dates.longDate(counter.businessDate()));
        person.setText(actor.staff().name() + "  \u00b7  " + actor.staff().rolesLabel());
        lockButton.setOnAction(e -> lock.run());
        signOutButton.setOnAction(e -> signOut.run());
        for (Screen s : screens) {
            ToggleButton b = new ToggleButton(s.title() + "   " + s.keyText());
            b.setToggleGroup(navGroup);
            b.setFocusTraversable(false);
            b.setOnAction(e -> show(s));
            b.getStyleClass().add("nav-button");
            nav.getChildren().add(b);
            content.getChildren().add(s.root());
        }
        show(screens.get(0));
    }

    private void functionKeys(KeyEvent e) {
        for (Screen s : screens) {
            if (s.matches(e)) {
                show(s);
                e.consume();
                return;
            }
        }
        if (e.getCode() == KeyCode.L && e.isShortcutDown()) {
            lock.run();
            e.consume();
        }
    }

    /** Brings {@code s} to the front and lets it refresh and take the focus. */
    public void show(Screen s) {
        for (int i = 0; i < screens.size(); i++) {
            boolean current = screens.get(i) == s;
            screens.get(i).root().setVisible(current);
            ((ToggleButton) nav.getChildren().get(i)).setSelected(current);
        }
        s.shown().run();
    }

    /** Shows the first screen again (after unlocking, the screen in use stays). */
    public void refreshCurrent() {
        screens.stream().filter(s -> s.root().isVisible()).findFirst().ifPresent(s -> s.shown().run());
    }

    public Actor actor() {
        return actor;
    }

    public Parent root() {
        return root;
    }
}
