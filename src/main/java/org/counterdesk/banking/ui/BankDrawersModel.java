package org.counterdesk.banking.ui;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.banking.Banking;
import org.counterdesk.banking.Deposit;
import org.counterdesk.banking.DepositPlan;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.ui.ScreenSession;
import org.counterdesk.ui.ListReads;

/** The next deposit: what it holds, what stops it, and the reference and checker that bank it. */
public final class BankDrawersModel {

    private final ScreenSession shared;
    private final Banking banking;
    private final ListReads reads;
    private final ObjectProperty<Banking.Candidates> candidates = new SimpleObjectProperty<>();
    private final Form form = new Form(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleObjectProperty<>(Banking.Scope.TERMINAL));

    /**
     * The banking form: the bag or slip number, the checker's staff number and PIN, and whose drawers are banked
     * (this counter's, the default, or on a site every counter's).
     */
    record Form(StringProperty reference, StringProperty checkerNumber, StringProperty checkerPin,
                ObjectProperty<Banking.Scope> scope) {
    }

    BankDrawersModel(ScreenSession shared, Banking banking) {
        this.shared = shared;
        this.banking = banking;
        this.reads = shared.reads("the drawers to bank");
        form.scope().addListener((o, a, b) -> refresh());
    }

    /** Who prepares and who checks, said to the person at the screen (two people handle cash for banking). */
    String whoBanks() {
        String you = "You (" + shared.actor().staff().name() + ") prepare this deposit: count the bag against the list above and "
                + "type its number.";
        if (supervises()) {
            return you + " A different supervisor checks it: they count it with you and type their staff number and PIN.";
        }
        return you + " As a cashier you may, because Settings let cashiers prepare the banking. A supervisor checks it: "
                + "they count it with you and type their staff number and PIN.";
    }

    boolean supervises() {
        return shared.actor().staff().has(Role.SUPERVISOR);
    }

    void refresh() {
        Banking.Scope whose = form.scope().get();
        reads.read(() -> banking.candidates(whose), candidates::set);
    }

    void bank(Consumer<Deposit> banked) {
        shared.errors().clear();
        String ref = form.reference().get();
        String number = form.checkerNumber().get();
        String pin = form.checkerPin().get();
        Banking.Scope whose = form.scope().get();
        form.checkerPin().set("");
        shared.run(() -> banking.bank(shared.actor(), whose, ref, number, pin), d -> {
            form.reference().set("");
            form.checkerNumber().set("");
            refresh();
            banked.accept(d);
        });
    }

    ObjectProperty<Banking.Candidates> candidates() {
        return candidates;
    }

    Form form() {
        return form;
    }

    /** The closed drawers that hold the banking up, one line each, or nothing. */
    static String blockers(Banking.Candidates c) {
        return String.join("\n", c.awaitingDecision().stream().map(s -> "Drawer " + s.drawerCode() + " of "
                + s.cashierName() + " waits for a supervisor's decision on its close: it holds the banking up.").toList());
    }

    /** The drawers still open, which this deposit leaves out, or nothing. */
    static String stillOpen(Banking.Candidates c) {
        return c.stillOpen().isEmpty() ? "" : "Still open, so not in this deposit: " + String.join(", ",
                c.stillOpen().stream().map(s -> s.drawerCode() + " (" + s.cashierName() + ")").toList()) + ".";
    }

    /** The deposit's total and what it is made of, and the EFTPOS to reconcile apart from it. */
    static String totalLine(DepositPlan p) {
        return "Deposit total " + p.total().format() + "   (cash " + p.cash().total().format() + ", cheques "
                + p.cheques().format() + ", money orders " + p.moneyOrders().format() + ")   EFTPOS to reconcile "
                + p.eftpos().format();
    }
}
