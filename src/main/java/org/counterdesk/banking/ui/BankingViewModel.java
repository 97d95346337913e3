package org.counterdesk.banking.ui;

import java.util.concurrent.Callable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.banking.BankAdjustments;
import org.counterdesk.banking.Banking;
import org.counterdesk.banking.DayClosure;
import org.counterdesk.banking.DayClosures;
import org.counterdesk.banking.Dishonours;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;

/**
 * The supervisor's end of day: bank the closed drawers (prepared and checked by two people),
 * close the business day, and afterwards record what the bank reports and dishonoured cheques.
 */
public final class BankingViewModel {

    /** The part of the screen on show. */
    public enum Part { BANK, CLOSE_DAY, AFTER }

    private final CounterSetup counter;
    private final BankingDocuments documents;
    private final Background background;
    private final FormErrors errors = new FormErrors("reference", "staffNumber", "pin", "credited", "reason",
            "bankReference", "note", "search", "bankNotice", "noticeDate", "bankFee", "deposit");
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(Part.BANK);
    private final StringProperty done = new SimpleStringProperty("");
    private final javafx.beans.property.IntegerProperty banked = new javafx.beans.property.SimpleIntegerProperty();
    final BankDrawersModel bank;
    final CloseDayModel day;
    final AfterBankModel after;

    public BankingViewModel(Actor actor, CounterSetup counter, Banking banking, DayClosures closures,
                            BankAdjustments adjustments, Dishonours dishonours, BankingDocuments documents,
                            Background background) {
        this.counter = counter;
        this.documents = documents;
        this.background = background;
        this.bank = new BankDrawersModel(actor, banking, background, errors);
        this.day = new CloseDayModel(actor, closures, background, errors);
        this.after = new AfterBankModel(actor, adjustments, dishonours, background, errors);
    }

    public void refresh() {
        errors.clear();
        bank.refresh();
        day.refresh();
        after.refresh();
    }

    void bankDrawers() {
        bank.bank(d -> {
            done.set("Deposit " + d.depositNo() + " (" + d.reference() + ") of " + d.total().format() + " banked.");
            banked.set(banked.get() + 1);
            if (bank.supervises()) {
                // What a supervisor does next; the PIN just typed is not left with the cursor in it.
                part.set(Part.CLOSE_DAY);
            }
            print(() -> documents.printDepositAdvice(d.id()), " The deposit advice was printed.");
        });
    }

    /** Closes the day once it has been asked for and confirmed ({@code day.ask()} first). */
    void closeDay() {
        day.close(z -> {
            done.set("Business day " + z.figures().date() + " closed as " + z.closureNo() + "; grand total "
                    + z.grandTotal().format() + ".");
            print(() -> documents.printDayReport(z.id()), " The day report was printed.");
            follow(() -> documents.sendToFinance(z.figures().date()));
        });
    }

    void reprintDayReport() {
        DayClosure last = day.lastClosure().get();
        if (last == null) {
            errors.setGeneral("No day has been closed yet: there is no day report to print again.");
            return;
        }
        errors.clear();
        done.set("");
        print(() -> documents.reprintDayReport(last.id()),
                "A copy of the day report " + last.closureNo() + " was printed (marked COPY).");
    }

    void reprintDepositAdvice() {
        var selected = after.deposit().get();
        if (selected == null) {
            errors.setGeneral("Choose a deposit in the list first.");
            return;
        }
        errors.clear();
        done.set("");
        String depositNo = selected.deposit().depositNo();
        print(() -> documents.reprintDepositAdvice(selected.deposit().id()),
                "A copy of the deposit advice " + depositNo + " was printed (marked COPY).");
    }

    void recordDishonour() {
        after.recordDishonour(counter.businessDate(), x -> {
            done.set("Cheque " + x.cheque().chequeNumber() + " dishonoured: " + x.reversalNo() + " reverses "
                    + x.cheque().amount().format() + " of " + x.cheque().receiptNo() + ".");
            print(() -> documents.printDishonourNotice(x.id()), " The notice to the payer was printed.");
        });
    }

    private interface Job {
        void run() throws Exception;
    }

    private void print(Job job, String printed) {
        follow(() -> {
            job.run();
            return printed;
        });
    }

    /** Runs a follow-up of what was just done in the background and adds what it says to the message. */
    private void follow(Callable<String> job) {
        background.run(job, said -> done.set(done.get() + said), errors::show);
    }

    FormErrors errors() {
        return errors;
    }

    Background background() {
        return background;
    }

    ObjectProperty<Part> part() {
        return part;
    }

    /** Counts deposits banked on this screen, so the screen can move the cursor on after each. */
    javafx.beans.property.IntegerProperty banked() {
        return banked;
    }

    StringProperty done() {
        return done;
    }
}
