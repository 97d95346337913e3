package org.counterdesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;

/** Read-only text columns for the lists on the screens. */
public final class Columns {

    private Columns() {
    }

    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        return c;
    }

    /** A column of figures, right-aligned so the cents line up. */
    public static <T> TableColumn<T, String> figures(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = text(title, width, value);
        c.getStyleClass().add("amount-column");
        return c;
    }

    /** A column whose text wraps within the cell, the row growing taller, so a long name or note is never cut. */
    public static <T> TableColumn<T, String> wrapped(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = text(title, width, value);
        c.setCellFactory(col -> new TableCell<>() {
            {
                setWrapText(true);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
            }
        });
        return c;
    }
}
