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
import org.counterdesk.staff.ui.ScreenSession;
import org.counterdesk.ui.ListReads;

/** After the bank: deposits reconciled against what the bank credited, adjustments, and dishonoured cheques. */
public final class AfterBankModel {

    private final ScreenSession shared;
    private final BankAdjustments adjustments;
    private final Dishonours dishonours;
    private final ListReads reads;
    private final ListReads adjustmentReads;
    private final Lists lists = new Lists(FXCollections.observableArrayList(), FXCollections.observableArrayList(),
            FXCollections.observableArrayList());
    private final Form form = new Form(new SimpleObjectProperty<>(), text(), text(), text(),
            new SimpleObjectProperty<>(Resolution.BANK_CORRECTED), text(), new SimpleObjectProperty<>(), text(), text(),
            text(), text());

    /** What the screen lists: the deposits, the chosen deposit's adjustments, and the cheques a search found. */
    record Lists(ObservableList<Reconciliation> deposits, ObservableList<BankAdjustment> depositAdjustments,
                 ObservableList<ChequeMatch> cheques) {
    }

    /**
     * What is chosen and typed on the three forms: the deposit and what the bank credited against it, how an
     * adjustment was resolved, and the cheque dishonoured with the bank's notice.
     */
    record Form(ObjectProperty<Reconciliation> deposit, StringProperty credited, StringProperty reason,
                StringProperty bankReference, ObjectProperty<Resolution> resolution, StringProperty resolutionNote,
                ObjectProperty<ChequeMatch> cheque, StringProperty search, StringProperty bankNotice,
                StringProperty noticeDate, StringProperty bankFee) {
    }

    AfterBankModel(ScreenSession shared, BankAdjustments adjustments, Dishonours dishonours) {
        this.shared = shared;
        this.adjustments = adjustments;
        this.dishonours = dishonours;
        this.reads = shared.reads("the deposits");
        this.adjustmentReads = shared.reads("the deposit's adjustments");
        form.deposit().addListener((o, a, d) -> adjustmentReads.read(() -> d == null ? java.util.List.<BankAdjustment>of()
                : adjustments.adjustments(d.deposit().id()), lists.depositAdjustments()::setAll));
    }

    void refresh() {
        reads.read(adjustments::reconciliations, lists.deposits()::setAll);
    }

    void recordAdjustment(Consumer<String> done) {
        shared.errors().clear();
        Reconciliation r = form.deposit().get();
        if (r == null) {
            shared.errors().setGeneral("Choose the deposit the bank reported on.");
            return;
        }
        MoneyParser.Result amount = MoneyParser.parse(form.credited().get());
        if (!amount.ok()) {
            shared.errors().set("credited", amount.error());
            return;
        }
        String reason = form.reason().get();
        String reference = form.bankReference().get();
        act(() -> adjustments.record(shared.actor(), r.deposit().id(), amount.value(), reason, reference), after -> {
            clear(form.credited(), form.reason(), form.bankReference());
            done.accept("Recorded against " + after.deposit().depositNo() + ": " + (after.reconciled() ? "reconciled."
                    : after.openDifference().format() + " still open."));
        });
    }

    void resolve(BankAdjustment adjustment, Consumer<String> done) {
        shared.errors().clear();
        if (adjustment == null) {
            shared.errors().setGeneral("Choose the bank adjustment to resolve.");
            return;
        }
        Resolution how = form.resolution().get();
        String note = form.resolutionNote().get();
        act(() -> adjustments.resolve(shared.actor(), adjustment.id(), how, note), after -> {
            clear(form.resolutionNote());
            done.accept(after.deposit().depositNo() + (after.reconciled() ? " is reconciled." : " still has "
                    + after.openDifference().format() + " open."));
        });
    }

    void findCheque() {
        shared.errors().clear();
        lists.cheques().clear();
        try {
            lists.cheques().setAll(dishonours.find(form.search().get()));
        } catch (Refused r) {
            shared.errors().show(r);
        }
    }

    void recordDishonour(LocalDate today, Consumer<Dishonour> done) {
        shared.errors().clear();
        ChequeMatch c = form.cheque().get();
        if (c == null) {
            shared.errors().set("search", "Find and choose the cheque first.");
            return;
        }
        String typedDate = form.noticeDate().get();
        LocalDate date;
        try {
            date = typedDate.isBlank() ? today : LocalDate.parse(typedDate.strip());
        } catch (java.time.format.DateTimeParseException e) {
            shared.errors().set("noticeDate", "Type the notice date like " + today + ".");
            return;
        }
        String typedFee = form.bankFee().get();
        MoneyParser.Result fee = typedFee.isBlank() ? new MoneyParser.Result(Money.ZERO, null) : MoneyParser.parse(typedFee);
        if (!fee.ok()) {
            shared.errors().set("bankFee", fee.error());
            return;
        }
        String notice = form.bankNotice().get();
        shared.run(() -> dishonours.record(shared.actor(), c.receiptNo(), c.tenderLine(), notice, date, fee.value()), x -> {
            clear(form.bankNotice(), form.bankFee(), form.noticeDate(), form.search());
            lists.cheques().clear();
            done.accept(x);
        });
    }

    private <T> void act(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        shared.run(work, result -> {
            refresh();
            then.accept(result);
        });
    }

    Lists lists() {
        return lists;
    }

    Form form() {
        return form;
    }

    private static StringProperty text() {
        return new SimpleStringProperty("");
    }

    private static void clear(StringProperty... fields) {
        for (StringProperty f : fields) {
            f.set("");
        }
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
