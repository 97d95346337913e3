package org.counterdesk.ui;

import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The Settings card for text size and high contrast: the same choices as the keys (Ctrl+plus,
 * Ctrl+minus, Ctrl+0, Ctrl+Shift+H), for someone who looks for them on a screen.
 */
public final class DisplayPanel {

    private final VBox root;

    public DisplayPanel(Display display) {
        Label title = new Label("Text size and contrast on this PC");
        title.getStyleClass().add("title-4");
        Label size = new Label();
        size.setId("textSize");
        Button smaller = new Button("Smaller   Ctrl+minus");
        smaller.setId("textSmaller");
        smaller.setOnAction(e -> display.smaller());
        Button bigger = new Button("Larger   Ctrl+plus");
        bigger.setId("textBigger");
        bigger.setOnAction(e -> display.bigger());
        CheckBox contrast = new CheckBox("High contrast (white and yellow on black)   Ctrl+Shift+H");
        contrast.setId("highContrast");
        contrast.setOnAction(e -> display.theme(contrast.isSelected() ? Theme.HIGH_CONTRAST : Theme.STANDARD));
        display.choice().addListener((o, a, c) -> show(c, size, contrast));
        show(display.choice().get(), size, contrast);
        Label note = new Label("Kept for the next start. Text goes from 100% to 150%; Ctrl+0 brings it back to 100%.");
        note.setWrapText(true);
        note.getStyleClass().add("text-muted");
        root = new VBox(10, title, new HBox(10, smaller, size, bigger), contrast, note);
        root.getStyleClass().add("card");
    }

    private static void show(DisplayChoice c, Label size, CheckBox contrast) {
        size.setText("Text " + c.textPercent() + "%");
        contrast.setSelected(c.theme() == Theme.HIGH_CONTRAST);
    }

    public Parent root() {
        return root;
    }
}
