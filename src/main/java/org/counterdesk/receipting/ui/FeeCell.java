package org.counterdesk.receipting.ui;

import javafx.scene.control.ListCell;
import org.counterdesk.fees.Fee;

/** A fee in the match list: code, description, price and tax code. */
final class FeeCell extends ListCell<Fee> {

    @Override
    protected void updateItem(Fee fee, boolean empty) {
        super.updateItem(fee, empty);
        setText(empty || fee == null ? null : describe(fee));
    }

    static String describe(Fee fee) {
        String price = fee.isFixed() ? fee.amount().format() + (fee.perUnit() ? " per " + fee.unit() : "")
                : "keyed " + fee.min().format() + " to " + fee.max().format();
        return fee.code() + "  \u2014  " + fee.description() + "  \u00b7  " + price + "  \u00b7  " + fee.taxCode();
    }
}
