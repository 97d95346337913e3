package org.counterdesk.app.ui;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.counterdesk.ui.Forms;

/** The administrators' settings: each room's settings card, one under the other. */
final class SettingsScreen {

    /** One room's card and what to do when the screen is shown. */
    record Card(Parent root, Runnable shown) {
    }

    private final ScrollPane root;
    private final List<Card> cards;

    SettingsScreen(List<Card> cards) {
        this.cards = List.copyOf(cards);
        VBox column = new VBox(24);
        column.setPadding(new Insets(0, 0, 24, 0));
        cards.forEach(c -> column.getChildren().add(c.root()));
        root = new ScrollPane(column);
        root.setFitToWidth(true);
        Forms.keepFocusInView(root);
    }

    Parent root() {
        return root;
    }

    void shown() {
        cards.forEach(c -> c.shown().run());
    }
}
