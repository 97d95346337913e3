package org.counterdesk.deliveries.ui;

import java.time.ZoneId;
import java.util.List;
import javafx.application.Platform;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyEvent;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.frontdesk.ui.ContactField;
import org.counterdesk.frontdesk.ui.DeskController;
import org.counterdesk.frontdesk.ui.KeptSelection;
import org.counterdesk.ui.Columns;
import org.counterdesk.ui.FormGrid;
import org.counterdesk.ui.Forms;

/**
 * The deliveries screen. Consignment (a scanner types it and presses Enter), carrier (kept from
 * the last delivery), items, addressed to (type-ahead), each with Enter; Enter on the last logs it
 * and puts the cursor back on the consignment for the next scan. F6 records who
 * collected the selected delivery, F7 that its recipient was told by phone.
 */
public final class DeliveriesController extends DeskController<DeliveriesViewModel> {

    @FXML private FormGrid form;
    @FXML private Button log;
    @FXML private FormGrid collectForm;
    @FXML private TableView<DeliveriesViewModel.Row> table;
    @FXML private Button collect;
    @FXML private Button phoned;
    @FXML private Label status;
    @FXML private Label message;

    private TextField carrier;
    private TextField consignment;
    private TextField collectedBy;

    public DeliveriesController(DeliveriesViewModel model) {
        super(model, "deliveries.fxml");
    }

    /** F6 goes to who collected the selected delivery (to the list first when none is chosen); F7 records its recipient was phoned. */
    @Override
    protected void keys(KeyEvent e) {
        switch (e.getCode()) {
            case F6 -> {
                if (table.getSelectionModel().isEmpty()) {
                    table.requestFocus();
                    table.getSelectionModel().selectFirst();
                } else {
                    collectedBy.requestFocus();
                }
            }
            case F7 -> model.toldByPhone();
            default -> {
                return;
            }
        }
        e.consume();
    }

    @FXML
    private void initialize() {
        var shown = model.shown();
        var e = shown.errors();
        var in = model.input();
        // The consignment comes first: after each delivery the cursor is back here for the next scan,
        // and the carrier, usually the same for a stack of parcels, stays filled in below it.
        consignment = Forms.bound(form.field("consignment", "Consignment no.", new TextField(), e), in.consignment());
        consignment.setPromptText("Scan or type it");
        carrier = Forms.bound(form.field("carrier", "Carrier", new TextField(), e), in.carrier());
        carrier.setPromptText("e.g. Australia Post");
        TextField items = Forms.bound(form.field("items", "Items", new TextField(), e), in.items());
        ContactField to = form.field("addressedTo", "Addressed to",
                new ContactField(model::search, "Name or unit, then Enter"), e)
                .bind("addressedToQuery", "Addressed to", in.addressedTo());
        Forms.enterMovesTo(consignment, carrier);
        Forms.enterMovesTo(carrier, items);
        Forms.onEnter(items, to::requestFocus);
        to.setOnChosen(this::log);
        log.setOnAction(ev -> log());
        log.disableProperty().bind(shown.busy());
        collectedBy = Forms.bound(collectForm.field("collectedBy", "Collected by", new TextField(), e),
                in.collectedBy());
        Button record = collectForm.wide(new Button("Record collection"));
        record.setOnAction(ev -> collect());
        Forms.onEnter(collectedBy, this::collect);
        collect.setOnAction(ev -> collectedBy.requestFocus());
        phoned.setOnAction(ev -> model.toldByPhone());
        ZoneId zone = shown.zone();
        table.setItems(shown.waiting());
        table.getColumns().setAll(List.of(
                Columns.wrapped("Received", 110, r -> DeskTimes.dayAndTime(r.delivery().receivedAt(), zone)),
                Columns.wrapped("Carrier", 100, r -> r.delivery().carrier()),
                Columns.wrapped("Consignment", 130, r -> r.delivery().consignment()),
                Columns.figures("Items", 64, r -> Integer.toString(r.delivery().items())),
                Columns.wrapped("For", 160, r -> r.delivery().addressedTo().describe()),
                Columns.wrapped("Told", 180, DeliveriesViewModel.Row::told)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("Nothing is waiting to be collected."));
        in.selected().bind(table.getSelectionModel().selectedItemProperty());
        KeptSelection.byId(table, r -> r.delivery().id());
        Forms.onEnter(table, () -> collectedBy.requestFocus());
        showOutcome(status, shown.status(), message, e);
    }

    private void log() {
        model.log(() -> Platform.runLater(consignment::requestFocus));
    }

    private void collect() {
        model.collect(() -> Platform.runLater(table::requestFocus));
    }

    @Override
    public void shown() {
        model.refresh();
        Platform.runLater(consignment::requestFocus);
    }
}
