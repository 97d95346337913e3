package org.counterdesk.frontdesk.ui;

import java.util.function.ToLongFunction;
import javafx.collections.ListChangeListener;
import javafx.scene.control.TableView;

/**
 * Keeps the row the desk chose chosen when a desk list is read again (after F7, or a
 * notification sent): the rows are new objects then, so the choice follows the record's id, and
 * a key that acts on the chosen row (F6) goes on acting on the same visitor or parcel.
 */
public final class KeptSelection {

    private KeptSelection() {
    }

    /** Keeps {@code table}'s chosen row, known by {@code id}, across each new list. */
    public static <R> void byId(TableView<R> table, ToLongFunction<R> id) {
        long[] chosen = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((obs, was, now) -> {
            if (now != null) {
                chosen[0] = id.applyAsLong(now);
            }
        });
        table.getItems().addListener((ListChangeListener<R>) change -> {
            for (int i = 0; i < table.getItems().size(); i++) {
                if (id.applyAsLong(table.getItems().get(i)) == chosen[0]) {
                    table.getSelectionModel().select(i);
                    return;
                }
            }
        });
    }
}
