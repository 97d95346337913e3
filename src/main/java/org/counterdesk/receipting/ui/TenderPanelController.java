package org.counterdesk.receipting.ui;

import java.util.EnumMap;
import java.util.Map;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.counterdesk.money.TenderKind;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;
import org.counterdesk.ui.FxmlPanel;

/**
 * The tender forms ({@code tender-panel.fxml}), one per kind, switched by F5–F8 or the buttons
 * above them. Enter moves through a form's fields and, on its last field, adds the tender.
 * Binds each field to {@link TenderEntry} by its id and forwards to {@link ReceiptingViewModel}.
 */
final class TenderPanelController extends FxmlPanel<ReceiptingViewModel> {

    private final Runnable added;
    private final Map<TenderKind, FormGrid> forms = new EnumMap<>(TenderKind.class);
    private final Map<TenderKind, ToggleButton> buttons = new EnumMap<>(TenderKind.class);

    @FXML private ToggleButton cashButton;
    @FXML private ToggleButton eftposButton;
    @FXML private ToggleButton chequeButton;
    @FXML private ToggleButton moneyOrderButton;
    @FXML private FormGrid cashForm;
    @FXML private FormGrid eftposForm;
    @FXML private FormGrid chequeForm;
    @FXML private FormGrid moneyOrderForm;

    TenderPanelController(ReceiptingViewModel model, Runnable added) {
        super(model, "tender-panel.fxml");
        this.added = added;
    }

    @FXML
    private void initialize() {
        put(TenderKind.CASH, cashForm, cashButton);
        put(TenderKind.EFTPOS, eftposForm, eftposButton);
        put(TenderKind.CHEQUE, chequeForm, chequeButton);
        put(TenderKind.MONEY_ORDER, moneyOrderForm, moneyOrderButton);
        model.form().tender().kind().addListener((obs, old, now) -> show(now));
        show(TenderKind.CASH);
    }

    private void put(TenderKind kind, FormGrid form, ToggleButton button) {
        forms.put(kind, form);
        buttons.put(kind, button);
        button.setOnAction(e -> select(kind));
        FormErrors errors = model.shown().errors();
        TextField previous = null;
        for (String id : TenderEntry.fieldsOf(kind)) {
            TextField f = field(kind, id);
            f.textProperty().bindBidirectional(model.form().tender().text(id));
            KeyedScreen.refusals(errors, id, f, (Label) form.lookup("#" + id + "Message"));
            if (previous != null) {
                Forms.enterMovesTo(previous, f);
            }
            previous = f;
        }
        Forms.onEnter(previous, () -> {
            if (model.addTender()) {
                added.run();
            }
        });
    }

    private TextField field(TenderKind kind, String id) {
        return (TextField) forms.get(kind).lookup("#" + id);
    }

    /** Shows the form for {@code kind} with what is left to pay offered, and puts the cursor in it. */
    void select(TenderKind kind) {
        model.startTender(kind);
        show(kind);
        TextField first = field(kind, TenderEntry.fieldsOf(kind).get(0));
        first.requestFocus();
        first.selectAll();
    }

    private void show(TenderKind kind) {
        forms.forEach((k, f) -> {
            f.setVisible(k == kind);
            f.setManaged(k == kind);
        });
        buttons.get(kind).setSelected(true);
    }
}
