package org.counterdesk.drawer.ui;

import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.common.Refused;
import org.counterdesk.drawer.Drawer;
import org.counterdesk.drawer.DrawerAdmin;
import org.counterdesk.drawer.DrawerSettings;
import org.counterdesk.money.Money;
import org.counterdesk.money.MoneyParser;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** Drawer set-up for administrators: drawers and their floats, the variance tolerance, the petty cash limit. */
public final class DrawerAdminViewModel {

    private final Actor actor;
    private final DrawerAdmin admin;
    private final ObservableList<Drawer> drawers = FXCollections.observableArrayList();
    private Set<Long> retired = Set.of();
    private final ObjectProperty<Drawer> selected = new SimpleObjectProperty<>();
    private final FormErrors errors = new FormErrors("drawerCode", "drawerName", "drawerFloat", "tolerance", "pettyLimit");
    private final StringProperty status = new SimpleStringProperty("");
    private final ListReads reads = new ListReads("the drawers and their settings", errors);
    private final StringProperty code = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty setFloat = new SimpleStringProperty("");
    private final StringProperty tolerance = new SimpleStringProperty("");
    private final StringProperty pettyLimit = new SimpleStringProperty("");
    private final javafx.beans.property.BooleanProperty cashiersMayBank = new javafx.beans.property.SimpleBooleanProperty(false);

    public DrawerAdminViewModel(Actor actor, DrawerAdmin admin) {
        this.actor = actor;
        this.admin = admin;
        selected.addListener((o, a, d) -> {
            if (d != null) {
                code.set(d.code());
                name.set(d.name());
                setFloat.set(d.setFloat().toPlainString());
            }
        });
    }

    public void refresh() {
        reads.read(() -> new Read(admin.retired(actor), admin.drawers(actor), admin.settings()), r -> {
            retired = r.retired();
            drawers.setAll(r.drawers());
            DrawerSettings s = r.settings();
            tolerance.set(s.tolerance().toPlainString());
            pettyLimit.set(s.pettyCashLimit().toPlainString());
            cashiersMayBank.set(s.cashiersMayBank());
        });
    }

    private record Read(Set<Long> retired, List<Drawer> drawers, DrawerSettings settings) {
    }

    /** Adds a drawer, or changes the one with this code (its name and float). */
    public void saveDrawer() {
        act(() -> {
            Money f = money("drawerFloat", setFloat.get());
            Drawer existing = drawers.stream().filter(d -> d.code().equalsIgnoreCase(code.get().strip())).findFirst()
                    .orElse(null);
            Drawer saved = existing == null ? admin.add(actor, code.get(), name.get(), f)
                    : admin.change(actor, existing.id(), name.get(), f);
            return "Drawer " + saved.code() + " saved: float " + saved.setFloat().format() + ".";
        });
    }

    public void saveSettings() {
        act(() -> {
            admin.saveSettings(actor, new DrawerSettings(money("tolerance", tolerance.get()),
                    money("pettyLimit", pettyLimit.get()), cashiersMayBank.get()));
            return "Drawer settings saved.";
        });
    }

    private interface Change {
        String run();
    }

    private void act(Change change) {
        errors.clear();
        status.set("");
        try {
            status.set(change.run());
            refresh();
        } catch (Refused r) {
            errors.show(r);
        }
    }

    private static Money money(String field, String typed) {
        MoneyParser.Result r = MoneyParser.parse(typed);
        if (!r.ok()) {
            throw new Refused(field, r.error());
        }
        return r.value();
    }

    /** "In use", or "Retired" for a drawer that can no longer be opened. */
    String state(Drawer d) {
        return retired.contains(d.id()) ? "Retired" : "In use";
    }

    public ObservableList<Drawer> drawers() {
        return drawers;
    }

    public ObjectProperty<Drawer> selected() {
        return selected;
    }

    public FormErrors errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }

    StringProperty code() {
        return code;
    }

    StringProperty name() {
        return name;
    }

    StringProperty setFloat() {
        return setFloat;
    }

    StringProperty tolerance() {
        return tolerance;
    }

    StringProperty pettyLimit() {
        return pettyLimit;
    }

    javafx.beans.property.BooleanProperty cashiersMayBank() {
        return cashiersMayBank;
    }
}
