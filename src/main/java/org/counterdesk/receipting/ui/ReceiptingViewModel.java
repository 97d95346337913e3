package org.counterdesk.receipting.ui;

import java.util.Optional;
import java.util.stream.Stream;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.common.Refused;
import org.counterdesk.fees.FeeCatalog;
import org.counterdesk.money.Money;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.receipting.DraftLine;
import org.counterdesk.receipting.MailBatch;
import org.counterdesk.receipting.MailBatches;
import org.counterdesk.receipting.Posting;
import org.counterdesk.receipting.Receipt;
import org.counterdesk.receipting.ReceiptDraft;
import org.counterdesk.receipting.ReceiptPoster;
import org.counterdesk.receipting.ReceiptPrinting;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.receipting.Settlement;
import org.counterdesk.receipting.Tender;
import org.counterdesk.money.TenderKind;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Messages;

/**
 * The receipt being keyed at the counter: its lines, tenders, payer and totals, and posting
 * it. Posting and printing run off the FX thread; the screen is cleared for the next customer
 * as soon as the receipt is safely stored, while the change stays on show.
 */
public final class ReceiptingViewModel {

    private final Actor actor;
    private final CounterSetup counter;
    private final FeeCatalog fees;
    private final ReceiptPoster poster;
    private final MailBatches mailBatches;
    private final ReceiptPrinting printing;
    private final Background background;

    private final FormErrors errors;
    private final LineEntry line;
    private final TenderEntry tender;
    private final ObjectProperty<ReceiptDraft> draft = new SimpleObjectProperty<>(ReceiptDraft.empty());
    private final ObservableList<DraftLine> lines = FXCollections.observableArrayList();
    private final ObservableList<Tender> tenders = FXCollections.observableArrayList();
    private final StringProperty payerName = new SimpleStringProperty("");
    private final StringProperty payerAbn = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Posted> lastPosted = new ReadOnlyObjectWrapper<>();
    private final ObjectProperty<MailBatch> mailBatch = new SimpleObjectProperty<>();
    private final ObjectBinding<Settlement> settlement;

    public ReceiptingViewModel(Actor actor, CounterSetup counter, FeeCatalog fees, ReceiptPoster poster,
                               MailBatches mailBatches, ReceiptPrinting printing, Background background) {
        this.actor = actor;
        this.counter = counter;
        this.fees = fees;
        this.poster = poster;
        this.mailBatches = mailBatches;
        this.printing = printing;
        this.background = background;
        this.errors = new FormErrors(Stream.concat(Stream.of("fee", "reference", "quantity", "amount", "payerName",
                "payerAbn"), Stream.of(TenderEntry.FIELDS)).toArray(String[]::new));
        this.line = new LineEntry(errors);
        this.tender = new TenderEntry(errors);
        this.settlement = Bindings.createObjectBinding(() -> draft.get().settlement(), draft);
        draft.addListener((obs, old, now) -> {
            lines.setAll(now.lines());
            tenders.setAll(now.tenders());
        });
    }

    /** Loads the fees in force today; called whenever the screen is shown. */
    public void refreshFees() {
        line.useFees(fees.inForce(counter.businessDate()));
    }

    /** Adds the keyed line; true if it was added. */
    public boolean addLine() {
        Optional<DraftLine> built = line.build();
        if (built.isEmpty()) {
            return false;
        }
        if (!apply(() -> draft.get().withLine(built.get()), "fee")) {
            return false;
        }
        lastPosted.set(null);
        line.clear();
        return true;
    }

    public void removeLine(int index) {
        if (index >= 0 && index < lines.size()) {
            draft.set(draft.get().withoutLine(index));
        }
    }

    /** Adds the tender in the current form; true if it was added. */
    public boolean addTender() {
        Optional<Tender> built = tender.build();
        if (built.isEmpty()) {
            return false;
        }
        if (!apply(() -> draft.get().withTender(built.get()), "tender")) {
            return false;
        }
        tender.clearForm();
        settlement.get().problem().ifPresent(p -> errors.set("tender", p));
        return true;
    }

    public void removeTender(int index) {
        if (index >= 0 && index < tenders.size()) {
            draft.set(draft.get().withoutTender(index));
            tender.clearErrors();
        }
    }

    /** Starts keying a tender of {@code kind}, offering what is left to pay. */
    public void startTender(TenderKind kind) {
        Settlement s = settlement.get();
        Money left = s.total().minus(s.nonCash()).minus(s.cashTendered()).max(Money.ZERO);
        tender.start(kind, left);
    }

    /** Posts the receipt; {@code posted} runs once it is stored (printing may still report a problem). */
    public void post(Runnable posted) {
        errors.clear();
        ReceiptDraft ready;
        try {
            ready = draft.get().withPayer(payerName.get(), payerAbn.get());
            ready.checkReadyToPost();
        } catch (Refused r) {
            errors.show(r);
            return;
        }
        MailBatch batch = mailBatch.get();
        Long batchId = batch == null ? null : batch.id();
        background.run(() -> postAndPrint(ready, batchId), result -> {
            clear();
            lastPosted.set(result);
            if (batch != null) {
                mailBatch.set(mailBatches.get(batch.id()));
            }
            posted.run();
        }, errors::show);
    }

    private Posted postAndPrint(ReceiptDraft ready, Long batchId) {
        Posting posting = poster.posting(actor, ready, batchId);
        Receipt receipt = posting.receipt();
        try {
            if (batchId != null) {
                printing.printReceipt(receipt, ReceiptLayout.A4);
            } else {
                printing.printReceipt(receipt);
            }
            return new Posted(receipt, posting.alreadySaved(), null);
        } catch (Exception e) {
            return new Posted(receipt, posting.alreadySaved(), Messages.of(e));
        }
    }

    /** Starts again: no lines, no tenders, no payer, and a new draft id (the old one stays with its receipt). */
    public void clear() {
        draft.set(ReceiptDraft.empty());
        payerName.set("");
        payerAbn.set("");
        line.clear();
        tender.clearForm();
        tender.kind().set(TenderKind.CASH);
        errors.clear();
    }

    private interface Change {
        ReceiptDraft apply();
    }

    private boolean apply(Change change, String field) {
        try {
            draft.set(change.apply());
            return true;
        } catch (Refused r) {
            errors.set(r.field() == null ? field : r.field(), r.getMessage());
            return false;
        }
    }

    public Actor actor() {
        return actor;
    }

    public FormErrors errors() {
        return errors;
    }

    public LineEntry line() {
        return line;
    }

    public TenderEntry tender() {
        return tender;
    }

    public ReadOnlyObjectProperty<ReceiptDraft> draft() {
        return draft;
    }

    public ObjectBinding<Settlement> settlement() {
        return settlement;
    }

    public ObservableList<DraftLine> lines() {
        return lines;
    }

    public ObservableList<Tender> tenders() {
        return tenders;
    }

    public StringProperty payerName() {
        return payerName;
    }

    public StringProperty payerAbn() {
        return payerAbn;
    }

    /** Refuses a mistyped ABN as the cashier leaves the field, as a reference is; true if it may stand (or is empty). */
    public boolean checkPayerAbn() {
        errors.clear("payerAbn");
        if (payerAbn.get() == null || payerAbn.get().isBlank()) {
            return true;
        }
        Optional<String> problem = org.counterdesk.organisation.Abn.problem(payerAbn.get());
        problem.ifPresent(p -> errors.set("payerAbn", "Payer ABN: " + p));
        return problem.isEmpty();
    }

    public ReadOnlyObjectProperty<Posted> lastPosted() {
        return lastPosted.getReadOnlyProperty();
    }

    public ObjectProperty<MailBatch> mailBatch() {
        return mailBatch;
    }

    public Background background() {
        return background;
    }
}
