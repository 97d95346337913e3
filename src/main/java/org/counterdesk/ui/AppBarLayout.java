package org.counterdesk.ui;

import javafx.beans.binding.Bindings;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;

/**
 * Keeps the app bar's right-hand group (terminal, date, person, lock) at the right edge while it
 * fits on one line, and lets it wrap to a second line under larger text instead of cutting the
 * organisation's name or pushing "Sign out" off the window.
 */
public final class AppBarLayout {

    private AppBarLayout() {
    }

    /** {@code bar} holds the left group, {@code gap}, then the right group, in that order. */
    public static void rightAligned(FlowPane bar, Region left, Region gap, Region right) {
        gap.prefWidthProperty().bind(Bindings.createDoubleBinding(() -> {
            double free = bar.getWidth() - bar.getInsets().getLeft() - bar.getInsets().getRight()
                    - left.prefWidth(-1) - right.prefWidth(-1) - 2 * bar.getHgap() - 1;
            return Math.max(0, free);
        }, bar.widthProperty(), left.widthProperty(), right.widthProperty()));
        gap.setMinWidth(0);
    }
}
