package org.counterdesk.drawer.ui;

import javafx.scene.control.ListCell;
import org.counterdesk.drawer.Drawer;

/** A drawer in a list: code, name and set float. */
final class DrawerCell extends ListCell<Drawer> {

    @Override
    protected void updateItem(Drawer d, boolean empty) {
        super.updateItem(d, empty);
        setText(empty || d == null ? null : d.label());
    }
}
