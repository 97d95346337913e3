package org.counterdesk.ui;

import java.nio.file.Path;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's text size and theme: applied to the scene as style sheets, changed from the
 * keyboard anywhere (Ctrl+plus, Ctrl+minus, Ctrl+0; Ctrl+Shift+H for high contrast) or from
 * Settings, and remembered in the data folder between runs.
 */
public final class Display {

    private final Scene scene;
    private final Path folder;
    private final ObjectProperty<DisplayChoice> choice = new SimpleObjectProperty<>();

    public Display(Scene scene, Path folder) {
        this.scene = scene;
        this.folder = folder;
        choice.addListener((o, a, now) -> apply(now));
        choice.set(DisplayChoice.read(folder));
        scene.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
    }

    public ReadOnlyObjectProperty<DisplayChoice> choice() {
        return choice;
    }

    public void bigger() {
        choose(choice.get().withText(TextScale.bigger(choice.get().textPercent())));
    }

    public void smaller() {
        choose(choice.get().withText(TextScale.smaller(choice.get().textPercent())));
    }

    public void normalText() {
        choose(choice.get().withText(TextScale.NORMAL));
    }

    public void theme(Theme theme) {
        choose(choice.get().withTheme(theme));
    }

    private void choose(DisplayChoice next) {
        if (!next.equals(choice.get())) {
            choice.set(next);
            next.write(folder);
        }
    }

    private void apply(DisplayChoice c) {
        String base = TextScale.stylesheet(Display.class.getResource("counterdesk.css"), c.textPercent());
        String over = c.theme().stylesheet();
        if (over == null) {
            scene.getStylesheets().setAll(base);
        } else {
            scene.getStylesheets().setAll(base, over);
        }
    }

    private void keys(KeyEvent e) {
        if (!e.isShortcutDown()) {
            return;
        }
        KeyCode k = e.getCode();
        if (k == KeyCode.PLUS || k == KeyCode.EQUALS || k == KeyCode.ADD) {
            bigger();
        } else if (k == KeyCode.MINUS || k == KeyCode.SUBTRACT) {
            smaller();
        } else if ((k == KeyCode.DIGIT0 || k == KeyCode.NUMPAD0) && !e.isShiftDown()) {
            normalText();
        } else if (k == KeyCode.H && e.isShiftDown()) {
            theme(choice.get().theme() == Theme.HIGH_CONTRAST ? Theme.STANDARD : Theme.HIGH_CONTRAST);
        } else {
            return;
        }
        e.consume();
    }
}
