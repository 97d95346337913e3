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
import org.counterdesk.staff.ui.ScreenSession;

/** Cash out of or into an open drawer: petty cash, a drop to the safe, a float top-up, or "no sale". */
public final class CashOutModel {

    /** Which form is on show. */
    public enum Mode {
        PETTY_CASH, DROP, TOP_UP, NO_SALE
    }

    private final ScreenSession shared;
    private final CashMovements movements;
    /** No form until the cashier asks for one (F5–F8): the screen opens on the drawer itself. */
    private final ObjectProperty<Mode> mode = new SimpleObjectProperty<>();
    private final Form form = new Form(text(), text(), text(), text(), text(), text(), new CountEntry(), new Approvals());
    private final String defaultGl;

    /**
     * What the four forms take: the petty-cash claim, the pieces dropped or topped up, the approving supervisor
     * or witness, and why the drawer opens without a sale.
     */
    record Form(StringProperty claimant, StringProperty purpose, StringProperty glAccount, StringProperty docketRef,
                StringProperty amount, StringProperty reason, CountEntry pieces, Approvals approval) {

        /** Empties every form, the GL account back to {@code gl}. */
        void clear(String gl) {
            for (StringProperty p : new StringProperty[] {claimant, purpose, docketRef, amount, reason}) {
                p.set("");
            }
            glAccount.set(gl);
            pieces.clear();
            approval.clear();
        }
    }

    CashOutModel(ScreenSession shared, CashMovements movements, String pettyCashGl) {
        this.shared = shared;
        this.movements = movements;
        this.defaultGl = pettyCashGl == null ? "" : pettyCashGl;
        form.glAccount().set(defaultGl);
    }

    ObjectProperty<Mode> mode() {
        return mode;
    }

    Form form() {
        return form;
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
        shared.errors().clear();
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
        MoneyParser.Result a = MoneyParser.parsePositive(form.amount().get());
        if (!a.ok()) {
            shared.errors().set("amount", a.error());
            return;
        }
        PettyCashClaim claim = new PettyCashClaim(form.claimant().get(), form.purpose().get(), form.glAccount().get(),
                form.docketRef().get(), a.value());
        var approved = form.approval().take();
        shared.run(() -> movements.pettyCash(shared.actor(), claim, approved), m -> {
            form.clear(defaultGl);
            done.accept("Petty cash voucher " + m.voucherNo() + " for " + m.amount().format() + " paid to "
                    + m.claimant() + ".");
            paid.accept(m);
        });
    }

    private void moveCash(Consumer<String> done) {
        Optional<CashCount> counted = form.pieces().read();
        if (counted.isEmpty()) {
            shared.errors().setGeneral("Some rows cannot be read: see the messages beside them.");
            return;
        }
        boolean drop = mode.get() == Mode.DROP;
        var witnessed = form.approval().take();
        shared.run(() -> drop ? movements.drop(shared.actor(), counted.get(), witnessed)
                : movements.topUp(shared.actor(), counted.get(), witnessed), m -> {
                    form.clear(defaultGl);
                    done.accept((drop ? "Dropped " : "Topped up ") + m.amount().format() + ", witnessed by "
                            + m.approvedBy() + ".");
                });
    }

    private void noSale(Consumer<String> done) {
        String why = form.reason().get();
        shared.run(() -> {
            movements.noSale(shared.actor(), why);
            return why;
        }, r -> {
            form.reason().set("");
            done.accept("\"No sale\" opening recorded.");
        });
    }

    private static StringProperty text() {
        return new SimpleStringProperty("");
    }
}
