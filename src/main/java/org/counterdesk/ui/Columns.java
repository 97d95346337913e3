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

    /**
     * Keeps every column at least as wide as its heading in the font of {@code sameFont} (a label
     * styled like the headings), so larger text widens the columns instead of cutting the headings.
     */
    public static void headingsWhole(javafx.scene.control.TableView<?> table, javafx.scene.control.Labeled sameFont) {
        for (TableColumn<?, ?> c : table.getColumns()) {
            javafx.scene.text.Text probe = new javafx.scene.text.Text(c.getText());
            c.minWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(() -> {
                javafx.scene.text.Font f = sameFont.getFont();
                probe.setFont(javafx.scene.text.Font.font(f.getFamily(), javafx.scene.text.FontWeight.BOLD, f.getSize()));
                return Math.ceil(probe.getLayoutBounds().getWidth()) + 2 * f.getSize();
            }, sameFont.fontProperty()));
        }
    }
}
