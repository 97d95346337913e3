package org.counterdesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
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
}
