package org.counterdesk.visitors.ui;

import java.util.List;
import java.util.function.Function;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ui.ContactField;
import org.counterdesk.frontdesk.ui.TextCell;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;
import org.counterdesk.visitors.ExpectedDates;
import org.counterdesk.visitors.ExpectedVisit;

/**
 * The "Expect a visitor" card of the visitors screen: name, organisation, host (type-ahead),
 * day and purpose, Enter moving down and saving on the last; beneath, the coming days'
 * expected visitors, where Delete cancels the one selected. Hidden until Ctrl+N opens it.
 */
final class ExpectVisitorController extends FxmlPanel<ExpectVisitorModel> {

    private final Function<String, List<Contact>> search;
    private final Runnable saved;

    @FXML private VBox expectCard;
    @FXML private FormGrid expectForm;
    @FXML private TextField expectName;
    @FXML private TextField expectOrganisation;
    @FXML private TextField expectDate;
    @FXML private TextField expectPurpose;
    @FXML private Button saveExpected;
    @FXML private Button expectClose;
    @FXML private Label expectMessage;
    @FXML private ListView<ExpectedVisit> upcoming;

    private ContactField host;

    /** {@code saved} runs after each visitor is registered (the screen re-reads today's list). */
    ExpectVisitorController(ExpectVisitorModel model, Function<String, List<Contact>> search, Runnable saved) {
        super(model, "expect-visitor.fxml");
        this.search = search;
        this.saved = saved;
    }

    @FXML
    private void initialize() {
        var shown = model.shown();
        var e = shown.errors();
        var in = model.input();
        expectForm.field("Name", Forms.bound(expectName, in.name()), e.of("name"));
        expectForm.field("Organisation", Forms.bound(expectOrganisation, in.organisation()), e.of("organisation"));
        host = expectForm.field("Host", new ContactField(search, "Name or unit, then Enter"), e.of("host"));
        host.setId("expectHost");
        host.bind("expectHostQuery", "Host", in.host());
        expectForm.field("Day", Forms.bound(expectDate, in.date()), e.of("date"));
        expectForm.field("Purpose", Forms.bound(expectPurpose, in.purpose()), e.of("purpose"));
        Forms.enterMovesTo(expectName, expectOrganisation);
        Forms.onEnter(expectOrganisation, host::requestFocus);
        host.setOnChosen(expectDate::requestFocus);
        Forms.enterMovesTo(expectDate, expectPurpose);
        Forms.onEnter(expectPurpose, this::save);
        saveExpected.setOnAction(ev -> save());
        expectClose.setOnAction(ev -> model.close());
        Forms.showMessage(expectMessage, e.general());
        upcoming.setItems(shown.upcoming());
        upcoming.setPlaceholder(new Label("Nobody is expected in the coming days."));
        upcoming.setCellFactory(v -> new TextCell<>(x -> ExpectedDates.show(x.date()) + "   " + x.name()
                + "  \u2192  " + x.host().describe()));
        upcoming.setOnKeyPressed(ev -> {
            if (ev.getCode() == KeyCode.DELETE) {
                model.cancel(upcoming.getSelectionModel().getSelectedItem(), () -> { }, e);
                ev.consume();
            }
        });
        showWhile(expectCard, shown.open());
    }

    private void save() {
        model.save(() -> {
            saved.run();
            expectName.requestFocus();
        });
    }

    /** Opens the card, empty, with the focus in its name field. */
    void open() {
        model.start();
        host.clear();
        expectName.requestFocus();
    }

    /** Whether the card is open and the focus is in it (Esc then closes it rather than clearing the sign-in). */
    boolean hasFocus() {
        Parent root = root();
        Node owner = root.getScene() == null ? null : root.getScene().getFocusOwner();
        for (Node n = owner; n != null; n = n.getParent()) {
            if (n == root) {
                return model.shown().open().get();
            }
        }
        return false;
    }
}
