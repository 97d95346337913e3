package org.counterdesk.ui;

import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/** Read-only text columns for the lists on the screens. */
public final class Columns {

    private Columns() {
    }

    /** A column {@code width} wide at normal text size, wider with larger text. */
    public static <T> TableColumn<T, String> text(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        TextWidths.follow(c);
        return c;
    }

    /** A column of figures, right-aligned so the cents line up. */
    public static <T> TableColumn<T, String> figures(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = text(title, width, value);
        c.getStyleClass().add("amount-column");
        return c;
    }

    /**
     * A column whose text wraps within the cell, the row growing taller, so a long name or note
     * is never cut. The text follows the column's width as it changes (a label's own wrapping
     * keeps the height it had when the row was first laid out) and the cell's colour and font.
     */
    public static <T> TableColumn<T, String> wrapped(String title, double width, Function<T, String> value) {
        TableColumn<T, String> c = text(title, width, value);
        TextWidths.wraps(c);
        c.setCellFactory(col -> new TableCell<>() {
            private final Text text = new Text();

            {
                // The cell's padding grows with the text size: wrap inside it, never under the next column.
                text.wrappingWidthProperty().bind(javafx.beans.binding.Bindings.createDoubleBinding(
                        () -> col.getWidth() - getPadding().getLeft() - getPadding().getRight() - 2,
                        col.widthProperty(), paddingProperty()));
                text.fillProperty().bind(textFillProperty());
                text.fontProperty().bind(fontProperty());
                setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty || item == null ? null : text);
                setAccessibleText(empty ? null : item);
            }
        });
        return c;
    }
}
