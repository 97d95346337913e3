package org.counterdesk.ui;

import javafx.scene.Parent;
import javafx.scene.input.KeyCode;

/** A screen in the main window: its name in the navigation, its function key, its content. */
public record Screen(String title, KeyCode key, Parent root, Runnable shown) {
}
