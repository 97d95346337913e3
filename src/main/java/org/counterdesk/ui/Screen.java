package org.counterdesk.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * A screen in the main window: its name in the navigation, its function key (or, for
 * {@link #withKeys}, a key combination such as Shift+F5 or Ctrl+E), its content.
 */
public record Screen(String title, KeyCode key, Parent root, Runnable shown, KeyCombination combination) {

    public Screen(String title, KeyCode key, Parent root, Runnable shown) {
        this(title, key, root, shown, null);
    }

    /** A screen reached with a key combination rather than a plain function key. */
    public static Screen withKeys(String title, KeyCombination keys, Parent root, Runnable shown) {
        return new Screen(title, null, root, shown, keys);
    }

    /** True when {@code e} is this screen's key. */
    public boolean matches(KeyEvent e) {
        return combination != null ? combination.match(e) : e.getCode() == key;
    }

    /** The key as the navigation shows it: "F2", "Shift+F5", "Ctrl+E". */
    public String keyText() {
        return combination != null ? combination.getDisplayText() : key.getName();
    }
}
