package org.counterdesk.banking.ui;

import java.util.concurrent.Callable;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.banking.BankingPrinting;
import org.counterdesk.banking.BankingRoom;
import org.counterdesk.banking.DayClosure;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.ui.ScreenSession;
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
    private final BankingPrinting printing;
    private final BankingScreens.SendToFinance sendToFinance;
    private final FormErrors errors = new FormErrors("reference", "staffNumber", "pin", "credited", "reason",
            "bankReference", "note", "search", "bankNotice", "noticeDate", "bankFee", "deposit");
    private final ObjectProperty<Part> part = new SimpleObjectProperty<>(Part.BANK);
    private final StringProperty done = new SimpleStringProperty("");
    private final IntegerProperty banked = new SimpleIntegerProperty();
    private final Shown shown = new Shown(part, done, banked);
    private final ScreenSession shared;
    private final BankDrawersModel bank;
    private final CloseDayModel day;
    private final AfterBankModel after;

    /**
     * What the screen shows: the part on show, what was just done, and a count of the deposits banked on this
     * screen, so the screen can move the cursor on after each.
     */
    record Shown(ObjectProperty<Part> part, StringProperty done, IntegerProperty banked) {
    }

    /** The banking of {@code actor} at {@code counter}, with the room's services; {@code sendToFinance} follows a close. */
    public BankingViewModel(Actor actor, CounterSetup counter, BankingRoom room, BankingScreens.SendToFinance sendToFinance,
                            Background background) {
        this.counter = counter;
        this.printing = room.printing();
        this.sendToFinance = sendToFinance;
        this.shared = new ScreenSession(actor, background, errors);
        this.bank = new BankDrawersModel(shared, room.banking());
        this.day = new CloseDayModel(shared, room.dayClosures());
        this.after = new AfterBankModel(shared, room.adjustments(), room.dishonours());
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
            print(() -> printing.printDepositAdvice(d.id()), " The deposit advice was printed.");
        });
    }

    /** Closes the day once it has been asked for and confirmed ({@code day.ask()} first). */
    void closeDay() {
        day.close(z -> {
            done.set("Business day " + z.figures().date() + " closed as " + z.closureNo() + "; grand total "
                    + z.grandTotal().format() + ".");
            print(() -> printing.printDayReport(z.id()), " The day report was printed.");
            follow(() -> sendToFinance.send(z.figures().date()));
        });
    }

    void reprintDayReport() {
        DayClosure last = day.lastClosure().get();
        if (chosen(last, "No day has been closed yet: there is no day report to print again.")) {
            print(() -> printing.reprintDayReport(shared.actor(), last.id()),
                    "A copy of the day report " + last.closureNo() + " was printed (marked COPY).");
        }
    }

    void reprintDepositAdvice() {
        var selected = after.form().deposit().get();
        if (chosen(selected, "Choose a deposit in the list first.")) {
            print(() -> printing.reprintDepositAdvice(shared.actor(), selected.deposit().id()), "A copy of the deposit advice "
                    + selected.deposit().depositNo() + " was printed (marked COPY).");
        }
    }

    /** Whether there is something to print again; if not, says {@code otherwise}, else clears the last message. */
    private boolean chosen(Object what, String otherwise) {
        if (what == null) {
            errors.setGeneral(otherwise);
            return false;
        }
        errors.clear();
        done.set("");
        return true;
    }

    void recordDishonour() {
        after.recordDishonour(counter.businessDate(), x -> {
            done.set("Cheque " + x.cheque().chequeNumber() + " dishonoured: " + x.reversalNo() + " reverses "
                    + x.cheque().amount().format() + " of " + x.cheque().receiptNo() + ".");
            print(() -> printing.printDishonourNotice(x.id()), " The notice to the payer was printed.");
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
        shared.run(job, said -> done.set(done.get() + said));
    }

    BankDrawersModel bank() {
        return bank;
    }

    CloseDayModel day() {
        return day;
    }

    AfterBankModel after() {
        return after;
    }

    /** The person at the screen, its background worker and its messages. */
    ScreenSession shared() {
        return shared;
    }

    Shown shown() {
        return shown;
    }
}
