package org.counterdesk.banking.ui;

import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.banking.BankAdjustment;
import org.counterdesk.banking.BankAdjustments;
import org.counterdesk.banking.ChequeMatch;
import org.counterdesk.banking.Dishonour;
import org.counterdesk.banking.Dishonours;
import org.counterdesk.banking.Reconciliation;
import org.counterdesk.banking.Resolution;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.Money;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** After the bank: deposits reconciled against what the bank credited, adjustments, and dishonoured cheques. */
public final class AfterBankModel {

    private final Actor actor;
    private final BankAdjustments adjustments;
    private final Dishonours dishonours;
    private final Background background;
    private final FormErrors errors;
    private final ListReads reads;
    private final ListReads adjustmentReads;
    private final ObservableList<Reconciliation> deposits = FXCollections.observableArrayList();
    private final ObjectProperty<Reconciliation> deposit = new SimpleObjectProperty<>();
    private final ObservableList<BankAdjustment> depositAdjustments = FXCollections.observableArrayList();
    private final ObservableList<ChequeMatch> cheques = FXCollections.observableArrayList();
    private final ObjectProperty<ChequeMatch> cheque = new SimpleObjectProperty<>();
    private final ObjectProperty<Resolution> resolution = new SimpleObjectProperty<>(Resolution.BANK_CORRECTED);
    private final StringProperty credited = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final StringProperty bankReference = new SimpleStringProperty("");
    private final StringProperty resolutionNote = new SimpleStringProperty("");
    private final StringProperty search = new SimpleStringProperty("");
    private final StringProperty bankNotice = new SimpleStringProperty("");
    private final StringProperty noticeDate = new SimpleStringProperty("");
    private final StringProperty bankFee = new SimpleStringProperty("");

    AfterBankModel(Actor actor, BankAdjustments adjustments, Dishonours dishonours, Background background,
                   FormErrors errors) {
        this.actor = actor;
        this.adjustments = adjustments;
        this.dishonours = dishonours;
        this.background = background;
        this.errors = errors;
        this.reads = new ListReads("the deposits", errors);
        this.adjustmentReads = new ListReads("the deposit's adjustments", errors);
        deposit.addListener((o, a, d) -> adjustmentReads.read(() -> d == null ? java.util.List.<BankAdjustment>of()
                : adjustments.adjustments(d.deposit().id()), depositAdjustments::setAll));
    }

    void refresh() {
        reads.read(adjustments::reconciliations, deposits::setAll);
    }

    void recordAdjustment(Consumer<String> done) {
        errors.clear();
        Reconciliation r = deposit.get();
        if (r == null) {
            errors.setGeneral("Choose the deposit the bank reported on.");
            return;
        }
        MoneyParser.Result amount = MoneyParser.parse(credited.get());
        if (!amount.ok()) {
            errors.set("credited", amount.error());
            return;
        }
        act(() -> adjustments.record(actor, r.deposit().id(), amount.value(), reason.get(), bankReference.get()), after -> {
            credited.set("");
            reason.set("");
            bankReference.set("");
            done.accept("Recorded against " + after.deposit().depositNo() + ": " + (after.reconciled() ? "reconciled."
                    : after.openDifference().format() + " still open."));
        });
    }

    void resolve(BankAdjustment adjustment, Consumer<String> done) {
        errors.clear();
        if (adjustment == null) {
            errors.setGeneral("Choose the bank adjustment to resolve.");
            return;
        }
        act(() -> adjustments.resolve(actor, adjustment.id(), resolution.get(), resolutionNote.get()), after -> {
            resolutionNote.set("");
            done.accept(after.deposit().depositNo() + (after.reconciled() ? " is reconciled." : " still has "
                    + after.openDifference().format() + " open."));
        });
    }

    void findCheque() {
        errors.clear();
        cheques.clear();
        try {
            cheques.setAll(dishonours.find(search.get()));
        } catch (Refused r) {
            errors.show(r);
        }
    }

    void recordDishonour(LocalDate today, Consumer<Dishonour> done) {
        errors.clear();
        ChequeMatch c = cheque.get();
        if (c == null) {
            errors.set("search", "Find and choose the cheque first.");
            return;
        }
        LocalDate date;
        try {
            date = noticeDate.get().isBlank() ? today : LocalDate.parse(noticeDate.get().strip());
        } catch (java.time.format.DateTimeParseException e) {
            errors.set("noticeDate", "Type the notice date like " + today + ".");
            return;
        }
        MoneyParser.Result fee = bankFee.get().isBlank() ? new MoneyParser.Result(Money.ZERO, null)
                : MoneyParser.parse(bankFee.get());
        if (!fee.ok()) {
            errors.set("bankFee", fee.error());
            return;
        }
        String notice = bankNotice.get();
        background.run(() -> dishonours.record(actor, c.receiptNo(), c.tenderLine(), notice, date, fee.value()), x -> {
            bankNotice.set("");
            bankFee.set("");
            noticeDate.set("");
            cheques.clear();
            search.set("");
            done.accept(x);
        }, errors::show);
    }

    private <T> void act(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        background.run(work, result -> {
            refresh();
            then.accept(result);
        }, errors::show);
    }

    ObservableList<Reconciliation> deposits() {
        return deposits;
    }

    ObjectProperty<Reconciliation> deposit() {
        return deposit;
    }

    ObservableList<BankAdjustment> depositAdjustments() {
        return depositAdjustments;
    }

    ObservableList<ChequeMatch> cheques() {
        return cheques;
    }

    ObjectProperty<ChequeMatch> cheque() {
        return cheque;
    }

    ObjectProperty<Resolution> resolution() {
        return resolution;
    }

    StringProperty credited() {
        return credited;
    }

    StringProperty reason() {
        return reason;
    }

    StringProperty bankReference() {
        return bankReference;
    }

    StringProperty resolutionNote() {
        return resolutionNote;
    }

    StringProperty search() {
        return search;
    }

    StringProperty bankNotice() {
        return bankNotice;
    }

    StringProperty noticeDate() {
        return noticeDate;
    }

    StringProperty bankFee() {
        return bankFee;
    }

    /** An adjustment in the list: difference, bank reference and whether it is resolved. */
    static String describeAdjustment(BankAdjustment a) {
        return Variance.label(a.difference()) + "  " + a.bankReference() + "  \u00b7  "
                + (a.resolution() == null ? "open" : a.resolution().label());
    }

    /** A cheque found for a dishonour, with a warning if it cannot be dishonoured. */
    static String describeCheque(ChequeMatch c) {
        return c.describe() + (c.dishonouredBy() != null ? "  (already dishonoured " + c.dishonouredBy() + ")"
                : c.banked() ? "" : "  (not banked yet)");
    }

    /** A deposit's state in the list: reconciled, or what is still open. */
    static String state(Reconciliation r) {
        return r.reconciled() ? "Reconciled" : "Open: " + Variance.label(r.openDifference());
    }
}
