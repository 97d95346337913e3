package org.counterdesk.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * A screen in the main window: its name in the navigation, the key that brings it up from
 * anywhere, its content. F5–F8 and F12 are never screen keys: the screens use them.
 */
public record Screen(String title, KeyCombination key, Parent root, Runnable shown) {

    public Screen(String title, KeyCode key, Parent root, Runnable shown) {
        this(title, new KeyCodeCombination(key), root, shown);
    }
}
