package org.counterdesk.drawer.ui;

import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.drawer.CashMovement;
import org.counterdesk.drawer.CashMovements;
import org.counterdesk.drawer.PettyCashClaim;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;

/** Cash out of or into an open drawer: petty cash, a drop to the safe, a float top-up, or "no sale". */
public final class CashOutModel {

    /** Which form is on show. */
    public enum Mode {
        PETTY_CASH, DROP, TOP_UP, NO_SALE
    }

    private final Actor actor;
    private final CashMovements movements;
    private final Background background;
    private final FormErrors errors;
    /** No form until the cashier asks for one (F5–F8): the screen opens on the drawer itself. */
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final StringProperty claimant = new SimpleStringProperty("");
    private final StringProperty purpose = new SimpleStringProperty("");
    private final StringProperty glAccount = new SimpleStringProperty("");
    private final StringProperty docketRef = new SimpleStringProperty("");
    private final StringProperty amount = new SimpleStringProperty("");
    private final StringProperty reason = new SimpleStringProperty("");
    private final CountEntry pieces = new CountEntry();
    private final Approvals approval = new Approvals();
    private final String defaultGl;

    CashOutModel(Actor actor, CashMovements movements, Background background, FormErrors errors, String pettyCashGl) {
        this.actor = actor;
        this.movements = movements;
        this.background = background;
        this.errors = errors;
        this.defaultGl = pettyCashGl == null ? "" : pettyCashGl;
        glAccount.set(defaultGl);
    }

    ObjectProperty<Mode> mode() {
        return mode;
    }

    StringProperty claimant() {
        return claimant;
    }

    StringProperty purpose() {
        return purpose;
    }

    StringProperty glAccount() {
        return glAccount;
    }

    StringProperty docketRef() {
        return docketRef;
    }

    StringProperty amount() {
        return amount;
    }

    StringProperty reason() {
        return reason;
    }

    CountEntry pieces() {
        return pieces;
    }

    Approvals approval() {
        return approval;
    }

    /** The hint in the empty amount field: the most petty cash may pay. */
    String amountPrompt() {
        return "Limit " + pettyCashLimit();
    }

    String pettyCashLimit() {
        return movements.settings().pettyCashLimit().format();
    }

    /** Records what the form on show describes; {@code done} gets a line for the status bar. */
    void submit(Consumer<String> done, Consumer<CashMovement> pettyCashPaid) {
        errors.clear();
        if (mode.get() == null) {
            return;
        }
        switch (mode.get()) {
            case PETTY_CASH -> pettyCash(done, pettyCashPaid);
            case DROP, TOP_UP -> moveCash(done);
            case NO_SALE -> noSale(done);
        }
    }

    private void pettyCash(Consumer<String> done, Consumer<CashMovement> paid) {
        MoneyParser.Result a = MoneyParser.parsePositive(amount.get());
        if (!a.ok()) {
            errors.set("amount", a.error());
            return;
        }
        PettyCashClaim claim = new PettyCashClaim(claimant.get(), purpose.get(), glAccount.get(), docketRef.get(),
                a.value());
        var approved = approval.take();
        background.run(() -> movements.pettyCash(actor, claim, approved), m -> {
            clearForms();
            done.accept("Petty cash voucher " + m.voucherNo() + " for " + m.amount().format() + " paid to "
                    + m.claimant() + ".");
            paid.accept(m);
        }, errors::show);
    }

    private void moveCash(Consumer<String> done) {
        Optional<CashCount> counted = pieces.read();
        if (counted.isEmpty()) {
            errors.setGeneral("Some rows cannot be read: see the messages beside them.");
            return;
        }
        boolean drop = mode.get() == Mode.DROP;
        var witnessed = approval.take();
        background.run(() -> drop ? movements.drop(actor, counted.get(), witnessed)
                : movements.topUp(actor, counted.get(), witnessed), m -> {
                    clearForms();
                    done.accept((drop ? "Dropped " : "Topped up ") + m.amount().format() + ", witnessed by "
                            + m.approvedBy() + ".");
                }, errors::show);
    }

    private void noSale(Consumer<String> done) {
        String why = reason.get();
        background.run(() -> {
            movements.noSale(actor, why);
            return why;
        }, r -> {
            reason.set("");
            done.accept("\"No sale\" opening recorded.");
        }, errors::show);
    }

    void clearForms() {
        for (StringProperty p : new StringProperty[] {claimant, purpose, docketRef, amount, reason}) {
            p.set("");
        }
        glAccount.set(defaultGl);
        pieces.clear();
        approval.clear();
    }
}
