package org.counterdesk.drawer.ui;

import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.DrawerSessions;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** Opening a drawer: choose it, count the float, and a supervisor's acknowledgement if it differs. */
public final class OpenDrawerModel {

    private final Actor actor;
    private final DrawerSessions sessions;
    private final SessionOpening opening;
    private final Background background;
    private final FormErrors errors;
    private final ListReads reads;
    private final ListReads keptReads;
    private final ObservableList<Drawer> drawers = FXCollections.observableArrayList();
    private final ObjectProperty<Drawer> drawer = new SimpleObjectProperty<>();
    private final ObjectProperty<CashCount> lastKept = new SimpleObjectProperty<>(CashCount.empty());
    private final CountEntry count = new CountEntry();
    private final Approvals approval = new Approvals();
    private final StringBinding difference;
    private final BooleanBinding differs;

    OpenDrawerModel(Actor actor, DrawerSessions sessions, SessionOpening opening, Background background,
                    FormErrors errors) {
        this.actor = actor;
        this.sessions = sessions;
        this.opening = opening;
        this.background = background;
        this.errors = errors;
        this.reads = new ListReads("the drawers", errors);
        this.keptReads = new ListReads("the float kept in the drawer", errors);
        drawer.addListener((o, old, d) -> keptReads.read(() -> d == null ? CashCount.empty()
                : opening.lastKeptFloat(d.id()).orElse(CashCount.empty()), lastKept::set));
        differs = Bindings.createBooleanBinding(() -> drawer.get() != null && count.total().get().isPositive()
                && !count.total().get().equals(drawer.get().setFloat()), drawer, count.total());
        difference = Bindings.createStringBinding(() -> {
            Drawer d = drawer.get();
            if (d == null) {
                return "";
            }
            Money diff = count.total().get().minus(d.setFloat());
            return "Float " + d.setFloat().format() + "  \u00b7  counted " + count.total().get().format()
                    + (diff.isZero() ? "  \u00b7  exactly right" : "  \u00b7  " + Variance.describe(diff) + " the float");
        }, drawer, count.total());
    }

    void refresh() {
        count.clear();
        approval.clear();
        reads.read(() -> sessions.drawers(actor), read -> {
            drawers.setAll(read);
            if (drawer.get() == null || !drawers.contains(drawer.get())) {
                drawer.set(drawers.isEmpty() ? null : drawers.get(0));
            }
        });
    }

    void open(Runnable opened) {
        errors.clear();
        Drawer d = drawer.get();
        if (d == null) {
            errors.set("drawer", "Choose the drawer you are opening.");
            return;
        }
        Optional<CashCount> counted = count.read();
        if (counted.isEmpty()) {
            errors.setGeneral("Some rows of the count cannot be read: see the messages beside them.");
            return;
        }
        SessionOpening.Approval a = differs.get() ? approval.take() : SessionOpening.Approval.NONE;
        background.run(() -> opening.open(actor, d.id(), counted.get(), a), (DrawerSession s) -> opened.run(),
                errors::show);
    }

    ObservableList<Drawer> drawers() {
        return drawers;
    }

    ObjectProperty<Drawer> drawer() {
        return drawer;
    }

    ObjectProperty<CashCount> lastKept() {
        return lastKept;
    }

    CountEntry count() {
        return count;
    }

    Approvals approval() {
        return approval;
    }

    /** How many of {@code d} were left in the chosen drawer at its last close, or nothing. */
    String lastKeptHint(Denomination d) {
        long left = lastKept.get().quantity(d);
        return left == 0 ? "" : Long.toString(left);
    }

    StringBinding difference() {
        return difference;
    }

    BooleanBinding differs() {
        return differs;
    }
}
