package org.counterdesk.exchange.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import org.counterdesk.exchange.batch.BatchState;
import org.counterdesk.exchange.batch.BatchStatus;
import org.counterdesk.ui.Columns;

/**
 * The list of batches, newest first; a batch finance rejected or misread is marked for the
 * style sheet, and the selection is kept when the list is read again.
 */
final class BatchTable {

    private static final PseudoClass FLAGGED = PseudoClass.getPseudoClass("flagged");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM h:mm a", Locale.forLanguageTag("en-AU"));

    private BatchTable() {
    }

    static void build(TableView<BatchStatus> table, SyncViewModel model) {
        ZoneId zone = model.shown().zone();
        table.setItems(model.shown().batches());
        table.getColumns().setAll(List.of(
                Columns.text("Batch no", 130, BatchStatus::batchNo),
                Columns.text("Business day", 110, b -> SyncTexts.day(b.businessDate())),
                Columns.text("Closure", 120, BatchStatus::closureNo),
                Columns.text("Created", 130, b -> when(b.createdAt(), zone)),
                Columns.text("State", 95, b -> b.state().name()),
                Columns.text("Finance's message / queued reason", 330, BatchTable::message),
                Columns.text("Acknowledged", 130, b -> when(b.ackedAt(), zone))));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label("No batches yet. Close a business day (Banking, Alt+B), then export it (F5)."));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(BatchStatus b, boolean empty) {
                super.updateItem(b, empty);
                pseudoClassStateChanged(FLAGGED, !empty && b != null
                        && (b.state() == BatchState.REJECTED || b.state() == BatchState.MISMATCH));
            }
        });
        model.form().selected().bind(table.getSelectionModel().selectedItemProperty());
        long[] selectedNumber = {-1};
        table.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) {
                selectedNumber[0] = now.number();
            }
        });
        model.shown().batches().addListener((ListChangeListener<BatchStatus>) c -> {
            for (int i = 0; i < model.shown().batches().size(); i++) {
                if (model.shown().batches().get(i).number() == selectedNumber[0]) {
                    table.getSelectionModel().select(i);
                }
            }
            // The newest batch is the one a supervisor usually wants: F7 works without a click.
            if (table.getSelectionModel().isEmpty() && !model.shown().batches().isEmpty()) {
                table.getSelectionModel().select(0);
            }
        });
    }

    /** Finance's message, or why the batch still waits for the outbox. */
    static String message(BatchStatus b) {
        String m = b.state().awaitsDelivery() && b.queuedReason() != null ? b.queuedReason() : b.lastMessage();
        return m == null ? "" : m;
    }

    /**
     * "Batch CD01-B000001: 12,345 bytes, SHA-256 ab12…" for the lines under the table, with
     * finance's message in full beneath it (the column may cut it short).
     */
    static String detail(BatchStatus b) {
        if (b == null) {
            return "Select a batch to see its size and SHA-256 (what finance checks the file against).";
        }
        String said = message(b);
        return "Batch " + b.batchNo() + ": " + String.format(Locale.ROOT, "%,d", b.sizeBytes()) + " bytes, SHA-256 "
                + b.sha256() + (said.isEmpty() ? "" : System.lineSeparator() + said);
    }

    private static String when(Instant at, ZoneId zone) {
        return at == null ? "" : WHEN.format(at.atZone(zone)).replace("AM", "am").replace("PM", "pm");
    }
}
