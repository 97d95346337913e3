package org.counterdesk.drawer.ui;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.DrawerRoom;
import org.counterdesk.drawer.DrawerSession;
import org.counterdesk.drawer.SessionOpening;
import org.counterdesk.drawer.Variance;
import org.counterdesk.money.CashCount;
import org.counterdesk.money.Denomination;
import org.counterdesk.money.Money;
import org.counterdesk.staff.ui.ScreenSession;
import org.counterdesk.ui.ListReads;

/** Opening a drawer: choose it, count the float, and a supervisor's acknowledgement if it differs. */
public final class OpenDrawerModel {

    private final ScreenSession shared;
    private final DrawerRoom room;
    private final ListReads reads;
    private final ListReads keptReads;
    private final Form form = new Form(FXCollections.observableArrayList(), new SimpleObjectProperty<>(), new CountEntry(),
            new Approvals());
    private final ObjectProperty<CashCount> lastKept = new SimpleObjectProperty<>(CashCount.empty());
    private final StringBinding difference;
    private final BooleanBinding differs;

    /** The opening form: the drawer, chosen from those the cashier may open, its float counted, and the supervisor. */
    record Form(ObservableList<Drawer> drawers, ObjectProperty<Drawer> drawer, CountEntry count, Approvals approval) {
    }

    OpenDrawerModel(ScreenSession shared, DrawerRoom room) {
        this.shared = shared;
        this.room = room;
        this.reads = shared.reads("the drawers");
        this.keptReads = shared.reads("the float kept in the drawer");
        var drawer = form.drawer();
        var counted = form.count().total();
        drawer.addListener((o, old, d) -> keptReads.read(() -> d == null ? CashCount.empty()
                : room.opening().lastKeptFloat(d.id()).orElse(CashCount.empty()), lastKept::set));
        differs = Bindings.createBooleanBinding(() -> drawer.get() != null && counted.get().isPositive()
                && !counted.get().equals(drawer.get().setFloat()), drawer, counted);
        difference = Bindings.createStringBinding(() -> {
            Drawer d = drawer.get();
            if (d == null) {
                return "";
            }
            Money diff = counted.get().minus(d.setFloat());
            return "Float " + d.setFloat().format() + "  \u00b7  counted " + counted.get().format()
                    + (diff.isZero() ? "  \u00b7  exactly right" : "  \u00b7  " + Variance.describe(diff) + " the float");
        }, drawer, counted);
    }

    void refresh() {
        form.count().clear();
        form.approval().clear();
        reads.read(() -> new Choice(room.sessions().drawers(shared.actor()), room.sessions().unclosed().stream()
                .map(DrawerSession::drawerId).collect(Collectors.toSet())), read -> {
            form.drawers().setAll(read.drawers());
            Drawer chosen = form.drawer().get();
            if (chosen == null || !read.drawers().contains(chosen) || read.inUse().contains(chosen.id())) {
                form.drawer().set(read.firstFree());
            }
        });
    }

    /** The drawers this cashier may open, and which of them another cashier has open now. */
    private record Choice(List<Drawer> drawers, Set<Long> inUse) {

        /** The first drawer nobody has open (a cashier takes a free one), or the first of all when none is free. */
        Drawer firstFree() {
            return drawers.stream().filter(d -> !inUse.contains(d.id())).findFirst()
                    .orElse(drawers.isEmpty() ? null : drawers.get(0));
        }
    }

    void open(Runnable opened) {
        shared.errors().clear();
        Drawer d = form.drawer().get();
        if (d == null) {
            shared.errors().set("drawer", "Choose the drawer you are opening.");
            return;
        }
        Optional<CashCount> counted = form.count().read();
        if (counted.isEmpty()) {
            shared.errors().setGeneral("Some rows of the count cannot be read: see the messages beside them.");
            return;
        }
        SessionOpening.Approval a = differs.get() ? form.approval().take() : SessionOpening.Approval.NONE;
        shared.run(() -> room.opening().open(shared.actor(), d.id(), counted.get(), a), (DrawerSession s) -> opened.run());
    }

    Form form() {
        return form;
    }

    ObjectProperty<CashCount> lastKept() {
        return lastKept;
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
