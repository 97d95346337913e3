package org.counterdesk.ui;

import java.util.function.Supplier;
import javafx.scene.Parent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.StackPane;

/**
 * A screen built the first time it is shown instead of at sign-in (issue 14): a person uses a
 * few of the screens their role sees, and each one built costs its FXML, its view model and
 * its first reads. Until then the navigation holds an empty pane in its place.
 */
public final class LazyScreen {

    /** What building a screen gives: its content, and what to run each time it is shown. */
    public record Built(Parent root, Runnable shown) {
    }

    private LazyScreen() {
    }

    public static Screen of(String title, KeyCode key, Supplier<Built> build) {
        return of(title, new KeyCodeCombination(key), build);
    }

    public static Screen of(String title, KeyCombination key, Supplier<Built> build) {
        StackPane holder = new StackPane();
        Built[] built = new Built[1];
        return Screen.withKeys(title, key, holder, () -> {
            if (built[0] == null) {
                built[0] = build.get();
                holder.getChildren().setAll(built[0].root());
                // Styled and laid out before it is shown, as a screen built at sign-in would be, so the
                // focus its first showing asks for lands on controls that already have their skins.
                holder.applyCss();
                holder.layout();
            }
            built[0].shown().run();
        });
    }
}
