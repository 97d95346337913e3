package org.counterdesk.app.ui;

import java.util.List;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/** The administrators' settings: each room's settings card, one under the other, then this PC's display. */
final class SettingsController extends FxmlPanel<SettingsViewModel> {

    /** One room's card and what to do when the screen is shown. */
    record Card(Parent root, Runnable shown) {
    }

    private final List<Card> rooms;

    @FXML private VBox cards;
    @FXML private Button textSmaller;
    @FXML private Button textBigger;
    @FXML private Label textSize;
    @FXML private CheckBox highContrast;

    SettingsController(SettingsViewModel model, List<Card> rooms) {
        super(model, "settings.fxml");
        this.rooms = List.copyOf(rooms);
        Forms.keepFocusInView((ScrollPane) root());
    }

    @FXML
    private void initialize() {
        cards.getChildren().addAll(0, rooms.stream().map(Card::root).toList());
        textSmaller.setOnAction(e -> model.smaller());
        textBigger.setOnAction(e -> model.bigger());
        textSize.textProperty().bind(model.textSize());
        highContrast.setSelected(model.highContrast().get());
        model.highContrast().addListener((o, was, on) -> highContrast.setSelected(on));
        highContrast.setOnAction(e -> model.highContrast(highContrast.isSelected()));
    }

    void shown() {
        rooms.forEach(c -> c.shown().run());
    }
}
