package org.counterdesk.receipting.ui;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.ui.Columns;

/** The columns of the receipt's line table. */
final class LineColumns {

    private LineColumns() {
    }

    static void install(TableView<DraftLine> table) {
        table.getColumns().setAll(List.of(
                Columns.<DraftLine>text("Code", 70, l -> l.fee().code()),
                Columns.<DraftLine>text("Description", 260, l -> l.fee().description()),
                Columns.<DraftLine>text("Reference", 130, l -> l.reference() == null ? "" : l.reference()),
                Columns.<DraftLine>figures("Qty", 50, l -> Long.toString(l.quantity())),
                Columns.<DraftLine>figures("Amount", 100, l -> l.amount().format()),
                Columns.<DraftLine>figures("GST", 80, l -> l.fee().taxCode().taxable() ? l.gst().format() : l.fee().taxCode().name())));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No fees yet: type a fee code above."));
    }
}
