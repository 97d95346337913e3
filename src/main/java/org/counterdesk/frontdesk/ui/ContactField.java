package org.counterdesk.frontdesk.ui;

import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.counterdesk.frontdesk.Contact;

/**
 * A type-ahead over the directory: type part of a name, unit, staff number or extension; the
 * matches show beneath; Up and Down move among them, Enter takes the highlighted one (or the
 * only one) and moves on. Typing again after a choice drops it.
 */
public final class ContactField extends VBox {

    private static final double ROW = 44;

    private final TextField text = new TextField();
    private final ListView<Contact> matches = new ListView<>();
    private final ObservableList<Contact> found = FXCollections.observableArrayList();
    private final ObjectProperty<Contact> chosen = new SimpleObjectProperty<>();
    private boolean choosing;
    private Runnable afterChoice = () -> { };

    public ContactField(Function<String, List<Contact>> search, String prompt) {
        super(2);
        text.setPromptText(prompt);
        matches.setItems(found);
        matches.setFocusTraversable(false);
        // Two lines an entry, the name then how to reach them, so neither is cut at the field's width.
        matches.setFixedCellSize(ROW);
        matches.setCellFactory(v -> new ListCell<>() {
            {
                // The list is as wide as the field: a long entry is cut short rather than scrolled sideways.
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(Contact c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.describe() + "\n" + c.phoneText());
            }
        });
        matches.visibleProperty().bind(text.focusedProperty().and(Bindings.isNotEmpty(found)));
        matches.managedProperty().bind(matches.visibleProperty());
        matches.prefHeightProperty().bind(Bindings.min(3, Bindings.size(found))
                .multiply(ROW).add(4));
        // On a short window the list may give up its third entry, never the first two.
        matches.minHeightProperty().bind(Bindings.min(2, Bindings.size(found)).multiply(ROW).add(4));
        matches.setOnMouseClicked(e -> {
            if (matches.getSelectionModel().getSelectedItem() != null) {
                choose(matches.getSelectionModel().getSelectedItem());
            }
        });
        text.textProperty().addListener((obs, old, now) -> {
            if (choosing) {
                return;
            }
            chosen.set(null);
            found.setAll(search.apply(now));
            if (!found.isEmpty()) {
                matches.getSelectionModel().select(0);
            }
        });
        text.addEventFilter(KeyEvent.KEY_PRESSED, this::keys);
        getChildren().addAll(text, matches);
    }

    private void keys(KeyEvent e) {
        var selection = matches.getSelectionModel();
        if (e.getCode() == KeyCode.DOWN && !found.isEmpty()) {
            selection.select(Math.min(selection.getSelectedIndex() + 1, found.size() - 1));
            matches.scrollTo(selection.getSelectedIndex());
        } else if (e.getCode() == KeyCode.UP && !found.isEmpty()) {
            selection.select(Math.max(selection.getSelectedIndex() - 1, 0));
            matches.scrollTo(selection.getSelectedIndex());
        } else if (e.getCode() == KeyCode.ENTER && !e.isControlDown()) {
            Contact pick = selection.getSelectedItem();
            if (chosen.get() == null && pick != null && !text.getText().isBlank()) {
                choose(pick);
            } else {
                afterChoice.run();
            }
        } else {
            return;
        }
        e.consume();
    }

    private void choose(Contact c) {
        choosing = true;
        try {
            text.setText(c.describe());
            text.positionCaret(text.getText().length());
            chosen.set(c);
            found.clear();
        } finally {
            choosing = false;
        }
        afterChoice.run();
    }

    /** What runs after Enter chose an entry (or was pressed on a chosen one): usually, go to the next field. */
    public void setOnChosen(Runnable action) {
        this.afterChoice = action;
    }

    /** The entry chosen, or null while the desk is still typing. */
    public ObjectProperty<Contact> chosen() {
        return chosen;
    }

    public TextField textField() {
        return text;
    }

    /**
     * Gives the text field its node {@code id} and its name for a screen reader, and ties the
     * field both ways to a view model's {@code choice}; returns this field for chaining.
     */
    public ContactField bind(String id, String accessibleName, ContactChoice choice) {
        text.setId(id);
        text.setAccessibleText(accessibleName);
        text.textProperty().bindBidirectional(choice.typedProperty());
        chosen.bindBidirectional(choice.chosenProperty());
        return this;
    }

    /** Empties the field and drops the choice. */
    public void clear() {
        text.clear();
        chosen.set(null);
        found.clear();
    }

    @Override
    public void requestFocus() {
        text.requestFocus();
    }
}
