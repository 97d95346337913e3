package org.counterdesk.receipting.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
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
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.ui.Messages;

/** Today's receipts at this terminal: find one, print a copy, or void it with a supervisor. */
public final class TodayReceiptsViewModel {

    private final Actor actor;
    private final CounterSetup counter;
    private final ReceiptingRoom room;
    private final Background background;
    private final StringProperty search = new SimpleStringProperty("");
    private final ObservableList<Receipt> receipts = FXCollections.observableArrayList();
    private final ObjectProperty<Receipt> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<Receipt> voiding = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors("reason", "refundReference", "staffNumber", "pin");
    private final ListReads reads = new ListReads("today's receipts", errors);
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty refundReference = new SimpleStringProperty("");
    private final StringProperty supervisorNumber = new SimpleStringProperty("");
    private final StringProperty supervisorPin = new SimpleStringProperty("");
    private final StringBinding voidTitle = Bindings.createStringBinding(() -> voiding.get() == null ? ""
            : "Void receipt " + voiding.get().receiptNo(), voiding);
    private final StringBinding voidSummary = Bindings.createStringBinding(() -> summary(voiding.get()), voiding);
    private final BooleanBinding refundNeeded = Bindings.createBooleanBinding(() -> voiding.get() != null
            && voiding.get().hasEftpos(), voiding);

    public TodayReceiptsViewModel(Actor actor, CounterSetup counter, ReceiptingRoom room, Background background) {
        this.actor = actor;
        this.counter = counter;
        this.room = room;
        this.background = background;
        search.addListener((obs, old, now) -> refresh());
    }

    public void refresh() {
        refresh(() -> { });
    }

    /** Reads the list again, then runs {@code then} (on the list as read). */
    private void refresh(Runnable then) {
        String typed = search.get();
        reads.read(() -> room.receipts().today(actor, typed), read -> {
            receipts.setAll(read);
            then.run();
        });
    }

    /** Prints a copy of the selected receipt; the copy says COPY and the reprint is journaled. */
    public void reprint() {
        Receipt r = requireSelected();
        if (r != null) {
            background.run(() -> room.printing().printCopy(actor, r), file -> status.set("A copy of " + r.receiptNo()
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
            reason.set("");
            refundReference.set("");
            supervisorNumber.set("");
            supervisorPin.set("");
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
        var request = new VoidService.Request(r.receiptNo(), supervisorNumber.get(), supervisorPin.get(), reason.get(),
                refundReference.get());
        supervisorPin.set("");
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
            status.set(message);
            refresh(done);
        }, errors::show);
    }

    private Receipt requireSelected() {
        errors.clear();
        status.set("");
        if (selected.get() == null) {
            errors.setGeneral("Choose a receipt in the list first.");
        }
        return selected.get();
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

    private void failed(Throwable t) {
        errors.setGeneral(Messages.of(t));
    }

    public CounterSetup counter() {
        return counter;
    }

    public StringProperty search() {
        return search;
    }

    public ObservableList<Receipt> receipts() {
        return receipts;
    }

    public ObjectProperty<Receipt> selected() {
        return selected;
    }

    public ObjectProperty<Receipt> voiding() {
        return voiding;
    }

    public StringProperty reason() {
        return reason;
    }

    public StringProperty refundReference() {
        return refundReference;
    }

    public StringProperty supervisorNumber() {
        return supervisorNumber;
    }

    public StringProperty supervisorPin() {
        return supervisorPin;
    }

    /** "Void receipt CD01-000012" while the void form is open. */
    public StringBinding voidTitle() {
        return voidTitle;
    }

    /** What is being voided, in a sentence, while the void form is open. */
    public StringBinding voidSummary() {
        return voidSummary;
    }

    /** True when the receipt being voided was paid (partly) by EFTPOS: its refund reference is asked for. */
    public BooleanBinding refundNeeded() {
        return refundNeeded;
    }

    public StringProperty status() {
        return status;
    }

    public FormErrors errors() {
        return errors;
    }

    public Background background() {
        return background;
    }
}
