package org.counterdesk.receipting.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import org.counterdesk.receipting.DraftLine;

/** The columns of the receipt's line table. */
final class LineColumns {

    private LineColumns() {
    }

    static void install(TableView<DraftLine> table) {
        table.getColumns().setAll(
                column("Code", 70, l -> l.fee().code(), false),
                column("Description", 260, l -> l.fee().description(), false),
                column("Reference", 130, l -> l.reference() == null ? "" : l.reference(), false),
                column("Qty", 50, l -> Long.toString(l.quantity()), true),
                column("Amount", 100, l -> l.amount().format(), true),
                column("GST", 80, l -> l.fee().taxCode().taxable() ? l.gst().format() : l.fee().taxCode().name(), true));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new javafx.scene.control.Label("No fees yet: type a fee code above."));
    }

    private static TableColumn<DraftLine, String> column(String title, double width, Function<DraftLine, String> value,
                                                         boolean right) {
        TableColumn<DraftLine, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setSortable(false);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        if (right) {
            c.getStyleClass().add("amount-column");
        }
        return c;
    }
}
