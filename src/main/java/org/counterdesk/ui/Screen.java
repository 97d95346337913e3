package org.counterdesk.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A screen in the main window: its name in the navigation, the key that brings it up from
 * anywhere (a function key, or a combination such as Shift+F5 or Alt+B), its content. F5–F8
 * and F12 on their own are never screen keys: the screens use them.
 */
public record Screen(String title, KeyCombination key, Parent root, Runnable shown) {

    public Screen(String title, KeyCode key, Parent root, Runnable shown) {
        this(title, new KeyCodeCombination(key), root, shown);
    }

    /** A screen reached with a key combination. */
    public static Screen withKeys(String title, KeyCombination keys, Parent root, Runnable shown) {
        return new Screen(title, keys, root, shown);
    }
}
