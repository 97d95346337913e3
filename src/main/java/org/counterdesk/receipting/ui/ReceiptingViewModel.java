package org.counterdesk.receipting.ui;

import java.util.Optional;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.common.Refused;
import org.counterdesk.money.Money;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.receipting.Posting;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.receipting.Settlement;
import org.counterdesk.receipting.Tender;
import org.counterdesk.money.TenderKind;
import org.counterdesk.store.StorageException;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Messages;

/**
 * The receipt being keyed at the counter: its lines, tenders, payer and totals, and posting
 * it. Posting and printing run off the FX thread; the screen is cleared for the next customer
 * as soon as the receipt is safely stored, while the change stays on show. While the site's
 * server cannot be reached the draft is held and posted when the server is back ({@link #post}).
 */
public final class ReceiptingViewModel {

    static final String WAITING = "The site's database server cannot be reached, so this receipt is not confirmed "
            + "yet. The draft stays here and is posted by itself, once, when the server is back: do not take the "
            + "payment again.";
    static final String STOPPED = "Not confirmed yet: the site's database server could not be reached. The draft "
            + "stays here; press F12 to post it when the server is back (the same draft can never make a second "
            + "receipt).";

    private final ReceiptingScreens parts;

    private final FormErrors errors;
    private final Form form;
    private final ObjectProperty<ReceiptDraft> draft = new SimpleObjectProperty<>(ReceiptDraft.empty());
    private final ReadOnlyObjectWrapper<Posted> lastPosted = new ReadOnlyObjectWrapper<>();
    private final Shown shown;
    private final ServerWait wait = new ServerWait();
    private final TotalsViewModel totals;

    /** What the cashier keys: the line, the tender, the payer, and the mail batch the receipt goes in (if any). */
    public record Form(LineEntry line, TenderEntry tender, StringProperty payerName, StringProperty payerAbn,
                       ObjectProperty<MailBatch> mailBatch) {
    }

    /**
     * The receipt as keyed so far, its settlement, the last receipt posted, the refusals, and whether posting is
     * still working, as the screen shows them.
     */
    public record Shown(ReadOnlyObjectProperty<ReceiptDraft> draft, ObservableList<DraftLine> lines,
                        ObservableList<Tender> tenders, ObjectBinding<Settlement> settlement,
                        ReadOnlyObjectProperty<Posted> lastPosted, FormErrors errors, ReadOnlyBooleanProperty busy) {
    }

    /** {@code parts}: the room, the counter, its fees, the cashier and the background worker. */
    public ReceiptingViewModel(ReceiptingScreens parts) {
        this.parts = parts;
        this.errors = new FormErrors(Stream.concat(Stream.of("fee", "reference", "quantity", "amount", "payerName",
                "payerAbn"), Stream.of(TenderEntry.FIELDS)).toArray(String[]::new));
        this.form = new Form(new LineEntry(errors), new TenderEntry(errors), new SimpleStringProperty(""),
                new SimpleStringProperty(""), new SimpleObjectProperty<>());
        this.shown = new Shown(draft, FXCollections.observableArrayList(), FXCollections.observableArrayList(),
                Bindings.createObjectBinding(() -> draft.get().settlement(), draft), lastPosted.getReadOnlyProperty(),
                errors, parts.background().busy());
        draft.addListener((obs, old, now) -> {
            shown.lines().setAll(now.lines());
            shown.tenders().setAll(now.tenders());
        });
        this.totals = TotalsViewModel.of(shown, form.line().fields().query());
    }

    /** Loads the fees in force today; called whenever the screen is shown. */
    public void refreshFees() {
        form.line().useFees(parts.fees().inForce(parts.counter().businessDate()));
    }

    /** Adds the keyed line; true if it was added. */
    public boolean addLine() {
        if (!add(form.line().build(), ReceiptDraft::withLine, "fee")) {
            return false;
        }
        lastPosted.set(null);
        form.line().clear();
        return true;
    }

    public void removeLine(int index) {
        if (index >= 0 && index < shown.lines().size()) {
            stopWaiting();
            draft.set(draft.get().withoutLine(index));
        }
    }

    /** Adds the tender in the current form; true if it was added. */
    public boolean addTender() {
        if (!add(form.tender().build(), ReceiptDraft::withTender, "tender")) {
            return false;
        }
        form.tender().clearForm();
        shown.settlement().get().problem().ifPresent(p -> errors.set("tender", p));
        return true;
    }

    public void removeTender(int index) {
        if (index >= 0 && index < shown.tenders().size()) {
            stopWaiting();
            draft.set(draft.get().withoutTender(index));
            form.tender().clearErrors();
        }
    }

    /** Starts keying a tender of {@code kind}, offering what is left to pay. */
    public void startTender(TenderKind kind) {
        Settlement s = shown.settlement().get();
        Money left = s.total().minus(s.nonCash()).minus(s.cashTendered()).max(Money.ZERO);
        form.tender().start(kind, left);
    }

    /**
     * Posts the receipt; {@code posted} runs once it is stored (printing may still report a problem).
     *
     * <p>When the site's database server cannot be reached, the post is tried again by itself
     * (see {@link ServerWait}) while the draft stays on screen, and the message area says so in
     * plain words. Automatic, not "press F12 again": the customer's money is already in the
     * cashier's hand, so the receipt should go through the moment the server is back without
     * anyone re-keying or remembering to press a key, and a cashier who is unsure whether it went
     * through must never be led to take the payment again. Retrying is safe because every try
     * posts the same draft, with the same id, and a draft makes at most one receipt (a try whose
     * answer was lost is found saved by the next). Esc, or changing the draft, stops the waiting;
     * the draft stays, and F12 posts it again, still under its own id.
     */
    public void post(Runnable posted) {
        wait.stop();
        errors.clear();
        ReceiptDraft ready;
        try {
            ready = draft.get().withPayer(form.payerName().get(), form.payerAbn().get());
            ready.checkReadyToPost();
        } catch (Refused r) {
            errors.show(r);
            return;
        }
        attempt(ready, form.mailBatch().get(), posted, true);
    }

    private void attempt(ReceiptDraft ready, MailBatch batch, Runnable posted, boolean first) {
        Long batchId = batch == null ? null : batch.id();
        parts.background().run(() -> postAndPrint(ready, batchId), result -> {
            clear();
            lastPosted.set(result);
            if (batch != null) {
                form.mailBatch().set(parts.room().mailBatches().get(batch.id()));
            }
            posted.run();
        }, failure -> {
            if (!StorageException.serverUnreachable(failure)) {
                wait.stop();
                errors.show(failure);
            } else if (first || wait.waiting().get()) {
                wait.retryLater(() -> attempt(ready, batch, posted, false));
                errors.setGeneral(WAITING + " Waiting for the server\u2026 (retrying every " + wait.seconds()
                        + " s; Esc to keep editing)");
            } else {
                errors.setGeneral(STOPPED);
            }
        });
    }

    /** Stops trying again by itself (Esc, or a change to the draft); true if it was waiting. The draft stays. */
    public boolean stopWaiting() {
        if (!wait.waiting().get()) {
            return false;
        }
        wait.stop();
        errors.setGeneral(STOPPED);
        return true;
    }

    private Posted postAndPrint(ReceiptDraft ready, Long batchId) {
        Posting posting = parts.room().poster().posting(parts.actor(), ready, batchId);
        Receipt receipt = posting.receipt();
        try {
            if (batchId != null) {
                parts.room().printing().printReceipt(receipt, ReceiptLayout.A4);
            } else {
                parts.room().printing().printReceipt(receipt);
            }
            return new Posted(receipt, posting.alreadySaved(), null);
        } catch (Exception e) {
            return new Posted(receipt, posting.alreadySaved(), Messages.of(e));
        }
    }

    /** Starts again: no lines, no tenders, no payer, and a new draft id (the old one stays with its receipt). */
    public void clear() {
        wait.stop();
        draft.set(ReceiptDraft.empty());
        form.payerName().set("");
        form.payerAbn().set("");
        form.line().clear();
        form.tender().clearForm();
        form.tender().kind().set(TenderKind.CASH);
        errors.clear();
    }

    /** Puts {@code built} (if the form gave one) in the draft with {@code with}; a refusal shows beside {@code field}. */
    private <T> boolean add(Optional<T> built, BiFunction<ReceiptDraft, T, ReceiptDraft> with, String field) {
        if (built.isEmpty()) {
            return false;
        }
        stopWaiting();
        try {
            draft.set(with.apply(draft.get(), built.get()));
            return true;
        } catch (Refused r) {
            errors.set(r.field() == null ? field : r.field(), r.getMessage());
            return false;
        }
    }

    public Form form() {
        return form;
    }

    public Shown shown() {
        return shown;
    }

    /** The big figures, as the screen shows them. */
    public TotalsViewModel totals() {
        return totals;
    }

    /** Refuses a mistyped ABN as the cashier leaves the field, as a reference is; true if it may stand (or is empty). */
    public boolean checkPayerAbn() {
        errors.clear("payerAbn");
        String abn = form.payerAbn().get();
        if (abn == null || abn.isBlank()) {
            return true;
        }
        Optional<String> problem = org.counterdesk.organisation.Abn.problem(abn);
        problem.ifPresent(p -> errors.set("payerAbn", "Payer ABN: " + p));
        return problem.isEmpty();
    }
}
