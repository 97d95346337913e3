package org.counterdesk.drawer.ui;

import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
    private Set<Long> retired = Set.of();
    private final ObjectProperty<Drawer> selected = new SimpleObjectProperty<>();
    private final Shown shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""),
            new FormErrors("drawerCode", "drawerName", "drawerFloat", "tolerance", "pettyLimit"));
    private final ListReads reads = new ListReads("the drawers and their settings", shown.errors());
    private final DrawerForm drawer = new DrawerForm(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleStringProperty(""));
    private final LimitsForm limits = new LimitsForm(new SimpleStringProperty(""), new SimpleStringProperty(""),
            new SimpleBooleanProperty(false));

    /** What the card shows: the drawers, what was just saved, and the messages. */
    public record Shown(ObservableList<Drawer> drawers, StringProperty status, FormErrors errors) {
    }

    /** The drawer form: its code, name and set float, as typed. */
    record DrawerForm(StringProperty code, StringProperty name, StringProperty setFloat) {
    }

    /** The limits form: the variance tolerance and petty cash limit as typed, and whether cashiers may bank. */
    record LimitsForm(StringProperty tolerance, StringProperty pettyLimit, BooleanProperty cashiersMayBank) {
    }

    public DrawerAdminViewModel(Actor actor, DrawerAdmin admin) {
        this.actor = actor;
        this.admin = admin;
        selected.addListener((o, a, d) -> {
            if (d != null) {
                drawer.code().set(d.code());
                drawer.name().set(d.name());
                drawer.setFloat().set(d.setFloat().toPlainString());
            }
        });
    }

    public void refresh() {
        reads.read(() -> new Read(admin.retired(actor), admin.drawers(actor), admin.settings()), r -> {
            retired = r.retired();
            shown.drawers().setAll(r.drawers());
            DrawerSettings s = r.settings();
            limits.tolerance().set(s.tolerance().toPlainString());
            limits.pettyLimit().set(s.pettyCashLimit().toPlainString());
            limits.cashiersMayBank().set(s.cashiersMayBank());
        });
    }

    private record Read(Set<Long> retired, List<Drawer> drawers, DrawerSettings settings) {
    }

    /** Adds a drawer, or changes the one with this code (its name and float). */
    public void saveDrawer() {
        act(() -> {
            Money f = money("drawerFloat", drawer.setFloat().get());
            String code = drawer.code().get();
            String name = drawer.name().get();
            Drawer existing = shown.drawers().stream().filter(d -> d.code().equalsIgnoreCase(code.strip())).findFirst()
                    .orElse(null);
            Drawer saved = existing == null ? admin.add(actor, code, name, f) : admin.change(actor, existing.id(), name, f);
            return "Drawer " + saved.code() + " saved: float " + saved.setFloat().format() + ".";
        });
    }

    public void saveSettings() {
        act(() -> {
            admin.saveSettings(actor, new DrawerSettings(money("tolerance", limits.tolerance().get()),
                    money("pettyLimit", limits.pettyLimit().get()), limits.cashiersMayBank().get()));
            return "Drawer settings saved.";
        });
    }

    private interface Change {
        String run();
    }

    private void act(Change change) {
        shown.errors().clear();
        shown.status().set("");
        try {
            shown.status().set(change.run());
            refresh();
        } catch (Refused r) {
            shown.errors().show(r);
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

    public Shown shown() {
        return shown;
    }

    public ObjectProperty<Drawer> selected() {
        return selected;
    }

    DrawerForm drawerForm() {
        return drawer;
    }

    LimitsForm limitsForm() {
        return limits;
    }
}
