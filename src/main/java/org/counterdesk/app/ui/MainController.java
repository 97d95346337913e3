package org.counterdesk.app.ui;

import java.util.List;
import java.util.function.Supplier;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.AppBarLayout;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.Fxml;
import org.counterdesk.ui.Screen;

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
    private final Supplier<String> warnings;
    private final Parent root;
    private final ToggleGroup navGroup = new ToggleGroup();

    @FXML private Label organisation;
    @FXML private Label demoBadge;
    @FXML private Label terminal;
    @FXML private Label date;
    @FXML private Label person;
    @FXML private Button lockButton;
    @FXML private Button signOutButton;
    @FXML private FlowPane nav;
    @FXML private FlowPane appBar;
    @FXML private javafx.scene.layout.Region barLeft, barGap, barRight;
    @FXML private Label warning;
    @FXML private javafx.scene.control.ScrollPane scroll;
    @FXML private StackPane content;

    public MainController(Actor actor, CounterSetup counter, List<Screen> screens, Runnable lock, Runnable signOut,
                          Supplier<String> warnings) {
        this.warnings = warnings;
        this.actor = actor;
        this.counter = counter;
        this.screens = List.copyOf(screens);
        this.lock = lock;
        this.signOut = signOut;
        this.root = Fxml.load(this, "main.fxml");
        // On the scene, not the root: the keys must work even when nothing on the screen has the focus
        // (a button that just disabled itself, say).
        javafx.event.EventHandler<KeyEvent> keys = this::functionKeys;
        root.sceneProperty().addListener((o, old, now) -> {
            if (old != null) {
                old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
            if (now != null) {
                now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
            }
        });
    }

    @FXML
    private void initialize() {
        organisation.setText(counter.organisation().name());
        demoBadge.setVisible(counter.demo());
        demoBadge.setManaged(counter.demo());
        terminal.setText("Terminal " + actor.terminalCode());
        date.setText(Dates.today(counter));
        person.setText(actor.staff().name() + "  \u00b7  " + actor.staff().rolesLabel());
        lockButton.setOnAction(e -> lock.run());
        signOutButton.setOnAction(e -> signOut.run());
        for (Screen s : screens) {
            ToggleButton b = new ToggleButton(s.title() + "   " + s.key().getDisplayText());
            b.setToggleGroup(navGroup);
            b.setFocusTraversable(false);
            b.setOnAction(e -> show(s));
            b.getStyleClass().add("nav-button");
            nav.getChildren().add(b);
            content.getChildren().add(s.root());
        }
        Forms.keepFocusInView(scroll);
        AppBarLayout.rightAligned(appBar, barLeft, barGap, barRight);
        show(screens.get(0));
    }

    private void functionKeys(KeyEvent e) {
        for (Screen s : screens) {
            if (s.key().match(e)) {
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
        date.setText(Dates.today(counter));
        String w = warnings.get();
        warning.setText(w);
        warning.setVisible(!w.isEmpty());
        warning.setManaged(!w.isEmpty());
        for (int i = 0; i < screens.size(); i++) {
            boolean current = screens.get(i) == s;
            screens.get(i).root().setVisible(current);
            // Only the screen on show counts for the window's size, so one tall screen does not make every screen scroll.
            screens.get(i).root().setManaged(current);
            ((ToggleButton) nav.getChildren().get(i)).setSelected(current);
        }
        s.shown().run();
        // Keys typed at once must reach the new screen, not a field left focused on the one before.
        javafx.scene.Node owner = root == null || root.getScene() == null ? null : root.getScene().getFocusOwner();
        if (root != null && (owner == null || !inside(owner, s.root()))) {
            s.root().requestFocus();
        }
    }

    private static boolean inside(javafx.scene.Node node, Parent screen) {
        for (javafx.scene.Node n = node; n != null; n = n.getParent()) {
            if (n == screen) {
                return true;
            }
        }
        return false;
    }

    /** Brings the screen called {@code title} to the front, if this person has it. */
    public void showTitled(String title) {
        screens.stream().filter(s -> s.title().equals(title)).findFirst().ifPresent(this::show);
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
