package org.counterdesk.receipting.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.common.Refused;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptingRoom;
import org.counterdesk.receipting.VoidService;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.ui.Messages;

/** Today's receipts at this terminal: find one, print a copy, or void it with a supervisor. */
public final class TodayReceiptsViewModel {

    private final Actor actor;
    private final CounterSetup counter;
    private final ReceiptingRoom room;
    private final Background background;
    private final FormErrors errors = new FormErrors("reason", "refundReference", "staffNumber", "pin");
    private final ListReads reads = new ListReads("today's receipts", errors);
    private final Form form = new Form(text(), new SimpleObjectProperty<>(), text(), text(), text(), text());
    private final ObjectProperty<Receipt> voiding = new SimpleObjectProperty<>();
    private final Shown shown;

    /**
     * What is typed and chosen: the search, the receipt selected, and the void form (the reason, the EFTPOS
     * refund's reference, and the supervisor's staff number and PIN).
     */
    public record Form(StringProperty search, ObjectProperty<Receipt> selected, StringProperty reason,
                       StringProperty refundReference, StringProperty supervisorNumber, StringProperty supervisorPin) {
    }

    /**
     * The receipts found, the receipt being voided while the void form is open, what the last action did, the
     * refusals, and whether a reprint or void is still working.
     *
     * @param voidTitle "Void receipt CD01-000012" while the void form is open
     * @param voidSummary what is being voided, in a sentence, while the void form is open
     * @param refundNeeded true when the receipt being voided was paid (partly) by EFTPOS: its refund reference is asked for
     */
    public record Shown(ObservableList<Receipt> receipts, ReadOnlyObjectProperty<Receipt> voiding,
                        StringBinding voidTitle, StringBinding voidSummary, BooleanBinding refundNeeded,
                        StringProperty status, FormErrors errors, ReadOnlyBooleanProperty busy) {
    }

    public TodayReceiptsViewModel(Actor actor, CounterSetup counter, ReceiptingRoom room, Background background) {
        this.actor = actor;
        this.counter = counter;
        this.room = room;
        this.background = background;
        this.shown = new Shown(FXCollections.observableArrayList(), voiding,
                Bindings.createStringBinding(() -> voiding.get() == null ? "" : "Void receipt "
                        + voiding.get().receiptNo(), voiding),
                Bindings.createStringBinding(() -> summary(voiding.get()), voiding),
                Bindings.createBooleanBinding(() -> voiding.get() != null && voiding.get().hasEftpos(), voiding),
                text(), errors, background.busy());
        form.search().addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        refresh(() -> { });
    }

    /** Reads the list again, then runs {@code then} (on the list as read). */
    private void refresh(Runnable then) {
        String typed = form.search().get();
        reads.read(() -> room.receipts().today(actor, typed), read -> {
            shown.receipts().setAll(read);
            then.run();
        });
    }

    /** Prints a copy of the selected receipt; the copy says COPY and the reprint is journaled. */
    public void reprint() {
        Receipt r = requireSelected();
        if (r != null) {
            background.run(() -> room.printing().printCopy(actor, r), file -> shown.status().set("A copy of " + r.receiptNo()
                    + " was printed (marked COPY)."), this::failed);
        }
    }

    /** Opens the void form for the selected receipt, if it can still be voided. */
    public void startVoid() {
        Receipt r = requireSelected();
        if (r == null) {
            return;
        }
        try {
            voiding.set(room.voids().checkVoidable(actor, r.receiptNo()));
            form.reason().set("");
            form.refundReference().set("");
            form.supervisorNumber().set("");
            form.supervisorPin().set("");
        } catch (Refused refused) {
            errors.setGeneral(refused.getMessage());
        }
    }

    public void cancelVoid() {
        voiding.set(null);
        errors.clear();
    }

    /** Voids the receipt being voided with the supervisor's staff number and PIN, and prints the void notice. */
    public void confirmVoid(Runnable done) {
        Receipt r = voiding.get();
        if (r == null) {
            return;
        }
        errors.clear();
        var request = new VoidService.Request(r.receiptNo(), form.supervisorNumber().get(), form.supervisorPin().get(),
                form.reason().get(), form.refundReference().get());
        form.supervisorPin().set("");
        background.run(() -> {
            var v = room.voids().voidReceipt(actor, request);
            try {
                room.printing().printVoid(room.receipts().byNumber(r.receiptNo()).orElseThrow());
                return v.voidNo() + " voids " + r.receiptNo() + ". The void notice was printed.";
            } catch (RuntimeException printProblem) {
                return v.voidNo() + " voids " + r.receiptNo() + ". " + Messages.of(printProblem);
            }
        }, message -> {
            voiding.set(null);
            shown.status().set(message);
            refresh(done);
        }, errors::show);
    }

    private Receipt requireSelected() {
        return Selection.required(form.selected(), errors, shown.status(), "receipt");
    }

    /** Who paid, as the list and the void form name them: the payer, else the first reference, else the first fee. */
    static String who(Receipt r) {
        if (r.payerName() != null) {
            return r.payerName();
        }
        return r.lines().stream().filter(l -> l.reference() != null).map(l -> l.feeCode() + " " + l.reference())
                .findFirst().orElse(r.lines().isEmpty() ? "" : r.lines().get(0).description());
    }

    /** The list's status column: voided, or keyed in a mail batch, or nothing. */
    static String state(Receipt r) {
        if (r.isVoided()) {
            return "VOID " + r.voided().get().voidNo();
        }
        return r.mailBatchNo() != null ? "Mail " + r.mailBatchNo() : "";
    }

    private static String summary(Receipt r) {
        return r == null ? "" : r.total().format() + " paid by " + r.tenderSummary() + ", to " + who(r)
                + ". The receipt stays on record; the void reverses it whole.";
    }

    /** The list's time column, in the organisation's time zone. */
    String time(Receipt r) {
        return Dates.time(r.postedAt(), counter.organisation().timeZone());
    }

    private void failed(Throwable t) {
        errors.setGeneral(Messages.of(t));
    }

    private static StringProperty text() {
        return new SimpleStringProperty("");
    }

    public Form form() {
        return form;
    }

    public Shown shown() {
        return shown;
    }
}
