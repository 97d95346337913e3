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
        var code = Columns.<DraftLine>text("Code", 70, l -> l.fee().code());
        var reference = Columns.<DraftLine>wrapped("Reference", 120, l -> l.reference() == null ? "" : l.reference());
        reference.setMinWidth(100);
        var quantity = Columns.<DraftLine>figures("Qty", 56, l -> Long.toString(l.quantity()));
        var amount = Columns.<DraftLine>figures("Amount", 100, l -> l.amount().format());
        var gst = Columns.<DraftLine>figures("GST", 76, l -> l.fee().taxCode().taxable() ? l.gst().format() : l.fee().taxCode().name());
        // Codes and figures keep their width on a narrow window; the words wrap instead.
        code.setMinWidth(64);
        quantity.setMinWidth(56);
        amount.setMinWidth(96);
        gst.setMinWidth(70);
        table.getColumns().setAll(List.of(code,
                Columns.<DraftLine>wrapped("Description", 240, l -> l.fee().description()),
                reference,
                quantity, amount, gst));
        table.getColumns().forEach(c -> c.setSortable(false));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No fees yet: type a fee code above."));
    }
}
