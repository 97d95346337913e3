package org.counterdesk.receipting.ui;

import javafx.scene.control.ListCell;
import org.counterdesk.receipting.Tender;

/** A tender in the receipt's list: what it is and its amount. */
final class TenderCell extends ListCell<Tender> {

    @Override
    protected void updateItem(Tender t, boolean empty) {
        super.updateItem(t, empty);
        setText(empty || t == null ? null : t.describe() + "   " + t.amount().format());
    }
}
