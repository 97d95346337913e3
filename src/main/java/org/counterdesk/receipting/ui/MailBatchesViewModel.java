package org.counterdesk.receipting.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.receipting.MailBatches;
import org.counterdesk.receipting.ReceiptPrinting;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.ui.Messages;

/**
 * Mail batches: open one from its header (control count and total), key its payments on the
 * receipt screen, and finish it when the keyed count and total match; the summary prints.
 */
public final class MailBatchesViewModel {

    private final Actor actor;
    private final MailBatches batches;
    private final ReceiptPrinting printing;
    private final Background background;
    private final Consumer<MailBatch> keyInto;
    private final FormErrors errors = new FormErrors("description", "controlCount", "controlTotal");
    private final ListReads reads = new ListReads("the mail batches", errors);
    private final Form form = new Form(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleObjectProperty<>());
    private final Shown shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""), errors);

    /** What is typed and chosen: a new batch's header (description, control count and total), and the batch selected. */
    public record Form(StringProperty description, StringProperty controlCount, StringProperty controlTotal,
                       ObjectProperty<MailBatch> selected) {
    }

    /** Today's batches, what the last action did, and the refusals. */
    public record Shown(ObservableList<MailBatch> list, StringProperty status, FormErrors errors) {
    }

    /** {@code keyInto} takes the cashier to the receipt screen to key payments into a batch. */
    public MailBatchesViewModel(Actor actor, ReceiptingRoom room, Background background, Consumer<MailBatch> keyInto) {
        this.actor = actor;
        this.batches = room.mailBatches();
        this.printing = room.printing();
        this.background = background;
        this.keyInto = keyInto;
    }

    public void refresh() {
        reads.read(() -> batches.list(actor), shown.list()::setAll);
    }

    /** Opens a batch from the header typed in, and goes to the receipt screen to key it. */
    public void open() {
        errors.clear();
        shown.status().set("");
        String count = form.controlCount().get().strip();
        if (!count.matches("\\d{1,4}")) {
            errors.set("controlCount", "The control count is the number of payments in the batch, like 12.");
            return;
        }
        MoneyParser.Result total = MoneyParser.parsePositive(form.controlTotal().get());
        if (!total.ok()) {
            errors.set("controlTotal", total.error());
            return;
        }
        try {
            MailBatch b = batches.open(actor, form.description().get(), Integer.parseInt(count), total.value());
            form.description().set("");
            form.controlCount().set("");
            form.controlTotal().set("");
            refresh();
            keyInto.accept(b);
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** Goes back to keying the selected open batch. */
    public void keySelected() {
        MailBatch b = requireSelected();
        if (b != null && !b.finished()) {
            keyInto.accept(batches.get(b.id()));
        } else if (b != null) {
            errors.setGeneral("Mail batch " + b.batchNo() + " is finished.");
        }
    }

    /** Finishes the selected batch if it balances, then prints its summary. */
    public void finish() {
        MailBatch b = requireSelected();
        if (b == null) {
            return;
        }
        background.run(() -> {
            MailBatch done = batches.finish(actor, b.id());
            return printSummary(done, "finished");
        }, message -> {
            shown.status().set(message);
            refresh();
        }, errors::show);
    }

    /** Prints the selected batch's summary as it stands. */
    public void print() {
        MailBatch b = requireSelected();
        if (b != null) {
            background.run(() -> printSummary(b, "printed"), shown.status()::set, errors::show);
        }
    }

    private String printSummary(MailBatch b, String what) {
        try {
            printing.printMailBatch(b);
            return "Mail batch " + b.batchNo() + " " + what + "; its summary was printed.";
        } catch (RuntimeException e) {
            return "Mail batch " + b.batchNo() + " " + what + ". " + Messages.of(e);
        }
    }

    private MailBatch requireSelected() {
        return Selection.required(form.selected(), errors, shown.status(), "batch");
    }

    /** The list's state column: finished, ready to finish (it balances), or open. */
    static String state(MailBatch b) {
        return b.finished() ? "Finished" : b.balanced() ? "Ready to finish" : "Open";
    }

    public Form form() {
        return form;
    }

    public Shown shown() {
        return shown;
    }
}
