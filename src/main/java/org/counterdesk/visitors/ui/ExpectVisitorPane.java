package org.counterdesk.visitors.ui;

import java.util.List;
import java.util.function.Function;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ui.ContactField;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.visitors.ExpectedDates;
import org.counterdesk.visitors.ExpectedVisit;

/**
 * The "Expect a visitor" card of the visitors screen: name, organisation, host (type-ahead),
 * day and purpose, Enter moving down and saving on the last; beneath, the coming days'
 * expected visitors, where Delete cancels the one selected. Hidden until Ctrl+N opens it.
 */
final class ExpectVisitorPane {

    private final ExpectVisitorModel model;
    private final VBox root = new VBox(8);
    private final FormGrid form = new FormGrid();
    private final ListView<ExpectedVisit> upcoming = new ListView<>();
    private final TextField name;
    private final ContactField host;

    /** {@code saved} runs after each visitor is registered (the screen re-reads today's list). */
    ExpectVisitorPane(ExpectVisitorModel model, Function<String, List<Contact>> search, Runnable saved) {
        this.model = model;
        var e = model.errors();
        name = Forms.bound(field("expectName", "Name", new TextField(), "name"), model.name);
        TextField organisation = Forms.bound(field("expectOrganisation", "Organisation", new TextField(), "organisation"),
                model.organisation);
        host = field("expectHost", "Host", new ContactField(search, "Name or unit, then Enter"), "host");
        host.textField().setId("expectHostQuery");
        host.textField().setAccessibleText("Host");
        host.textField().textProperty().bindBidirectional(model.hostTyped);
        host.chosen().bindBidirectional(model.host);
        TextField date = Forms.bound(field("expectDate", "Day", new TextField(), "date"), model.date);
        date.setPromptText("today, tomorrow, +3, or 24/11/2026");
        TextField purpose = Forms.bound(field("expectPurpose", "Purpose", new TextField(), "purpose"), model.purpose);
        Forms.enterMovesTo(name, organisation);
        Forms.onEnter(organisation, host::requestFocus);
        host.setOnChosen(date::requestFocus);
        Forms.enterMovesTo(date, purpose);
        Runnable save = () -> model.save(() -> {
            saved.run();
            name.requestFocus();
        });
        Forms.onEnter(purpose, save);
        Button saveButton = new Button("Expect them   Enter");
        saveButton.setId("saveExpected");
        saveButton.getStyleClass().add("accent");
        saveButton.setOnAction(ev -> save.run());
        Button close = new Button("Close   Esc");
        close.setOnAction(ev -> model.close());
        Label message = new Label();
        message.setWrapText(true);
        Forms.showMessage(message, e.general());
        buildUpcoming();
        Label title = new Label("Expect a visitor   Ctrl+N");
        title.getStyleClass().add("title-4");
        Label listTitle = new Label("Expected in the next " + ExpectVisitorModel.DAYS_SHOWN + " days (Delete cancels)");
        listTitle.getStyleClass().add("text-muted");
        root.getChildren().addAll(title, form, new HBox(8, saveButton, close), message, listTitle, upcoming);
        root.getStyleClass().add("card");
        root.setId("expectCard");
        root.visibleProperty().bind(model.open());
        root.managedProperty().bind(root.visibleProperty());
    }

    private <T extends Node> T field(String id, String label, T field, String refusedAs) {
        field.setId(id);
        return form.field(label, field, model.errors().of(refusedAs));
    }

    private void buildUpcoming() {
        upcoming.setId("upcoming");
        upcoming.setAccessibleText("Expected in the next 14 days");
        upcoming.setItems(model.upcoming());
        upcoming.setPrefHeight(110);
        upcoming.setPlaceholder(new Label("Nobody is expected in the coming days."));
        upcoming.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ExpectedVisit x, boolean empty) {
                super.updateItem(x, empty);
                setText(empty || x == null ? null : ExpectedDates.show(x.date()) + "   " + x.name() + "  \u2192  "
                        + x.host().describe());
            }
        });
        upcoming.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.DELETE) {
                model.cancel(upcoming.getSelectionModel().getSelectedItem(), () -> { }, model.errors());
                ev.consume();
            }
        });
    }

    /** Opens the card, empty, with the focus in its name field. */
    void open() {
        model.start();
        host.clear();
        name.requestFocus();
    }

    /** Whether the card is open and the focus is in it (Esc then closes it rather than clearing the sign-in). */
    boolean hasFocus() {
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == root) {
                return model.open().get();
            }
        }
        return false;
    }

    VBox root() {
        return root;
    }
}
