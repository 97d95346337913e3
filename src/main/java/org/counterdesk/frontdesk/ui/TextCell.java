package org.counterdesk.frontdesk.ui;

import java.util.function.Function;
import javafx.scene.control.ListCell;

/**
 * A list or combo box cell that shows its item as one line of text: the desk screens' lists
 * differ only in what they say of an item, so they share this cell rather than each subclass one.
 *
 * @param <T> the list's items
 */
public final class TextCell<T> extends ListCell<T> {

    private final Function<T, String> text;

    public TextCell(Function<T, String> text) {
        this.text = text;
    }

    @Override
    protected void updateItem(T item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? null : text.apply(item));
    }
}
