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
        PETTY_CASH("Petty cash   F5"), DROP("Cash drop   F6"), TOP_UP("Float top-up   F7"), NO_SALE("No sale   F8");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    private final Actor actor;
    private final CashMovements movements;
    private final Background background;
    private final FormErrors errors;
    /** No form until the cashier asks for one (F5–F8): the screen opens on the drawer itself. */
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    final StringProperty claimant = new SimpleStringProperty("");
    final StringProperty purpose = new SimpleStringProperty("");
    final StringProperty glAccount = new SimpleStringProperty("");
    final StringProperty docketRef = new SimpleStringProperty("");
    final StringProperty amount = new SimpleStringProperty("");
    final StringProperty reason = new SimpleStringProperty("");
    final CountEntry pieces = new CountEntry();
    final Approvals approval = new Approvals();
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
