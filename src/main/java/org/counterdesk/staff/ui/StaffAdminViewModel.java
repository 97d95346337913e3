package org.counterdesk.staff.ui;

import java.util.EnumSet;
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
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.Staff;
import org.counterdesk.staff.StaffService;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** The staff list for administrators: add people, reset PINs, deactivate, unlock. Nobody is deleted. */
public final class StaffAdminViewModel {

    private final Actor actor;
    private final StaffService staff;
    private final Background background;
    private final FormErrors errors = new FormErrors("staffNumber", "name", "roles", "pin", "pinAgain", "newPin",
            "newPinAgain");
    private final ListReads reads = new ListReads("the staff list", errors);
    private Set<Long> noPin = Set.of();
    private final Form form = new Form(new SimpleObjectProperty<>(), new SimpleStringProperty(""),
            new SimpleStringProperty(""), new SimpleBooleanProperty(true), new SimpleBooleanProperty(false),
            new SimpleBooleanProperty(false), new Pins(), new Pins());
    private final Shown shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""), errors);

    /**
     * What is chosen and typed: the person selected in the list, the person to add (a cashier unless
     * told otherwise) with their PIN, and a new PIN for the person selected.
     */
    public record Form(ObjectProperty<Staff> selected, StringProperty staffNumber, StringProperty name,
                       BooleanProperty cashier, BooleanProperty supervisor, BooleanProperty administrator, Pins pin,
                       Pins newPin) {

        Set<Role> roles() {
            Set<Role> roles = EnumSet.noneOf(Role.class);
            if (cashier.get()) {
                roles.add(Role.CASHIER);
            }
            if (supervisor.get()) {
                roles.add(Role.SUPERVISOR);
            }
            if (administrator.get()) {
                roles.add(Role.ADMINISTRATOR);
            }
            return roles;
        }
    }

    /** The people on the staff list, what the last change did, and the refusals. */
    public record Shown(ObservableList<Staff> people, StringProperty status, FormErrors errors) {
    }

    /** A PIN typed twice, so a slip of the finger is caught before anyone is locked out. */
    public record Pins(StringProperty typed, StringProperty again) {

        Pins() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""));
        }

        boolean same() {
            return typed.get().equals(again.get());
        }

        void clear() {
            typed.set("");
            again.set("");
        }
    }

    public StaffAdminViewModel(Actor actor, StaffService staff, Background background) {
        this.actor = actor;
        this.staff = staff;
        this.background = background;
    }

    public boolean canAdminister() {
        return actor.staff().has(Role.ADMINISTRATOR);
    }

    public void refresh() {
        reads.read(() -> new People(staff.withoutPin(), staff.all()), p -> {
            noPin = p.noPin();
            shown.people().setAll(p.all());
        });
    }

    private record People(Set<Long> noPin, List<Staff> all) {
    }

    /** How a person stands, as the list shows it. */
    String state(Staff s) {
        return !s.active() ? "Inactive" : s.locked() ? "Locked" : noPin.contains(s.id()) ? "No PIN yet" : "Active";
    }

    public void add(Runnable added) {
        if (!samePins(form.pin(), "pinAgain")) {
            return;
        }
        Set<Role> roles = form.roles();
        String number = form.staffNumber().get();
        String who = form.name().get();
        String typedPin = form.pin().typed().get();
        background.run(() -> staff.add(actor, number, who, roles, typedPin), person -> {
            done(person.display() + " added. They can sign in now.");
            form.staffNumber().set("");
            form.name().set("");
            form.pin().clear();
            added.run();
        }, errors::show);
    }

    public void resetPin() {
        Staff person = requireSelected();
        if (person == null || !samePins(form.newPin(), "newPinAgain")) {
            return;
        }
        String typed = form.newPin().typed().get();
        background.run(() -> {
            staff.resetPin(actor, person.id(), typed);
            return person;
        }, p -> {
            form.newPin().clear();
            done("New PIN set for " + p.display() + "; any lock is cleared.");
        }, errors::show);
    }

    public void toggleActive() {
        Staff person = requireSelected();
        if (person != null) {
            act(() -> staff.setActive(actor, person.id(), !person.active()),
                    person.display() + (person.active() ? " deactivated. Their past receipts keep their name." : " reactivated."));
        }
    }

    public void unlock() {
        Staff person = requireSelected();
        if (person != null) {
            act(() -> staff.unlock(actor, person.id()), person.display() + " unlocked.");
        }
    }

    private void act(Runnable change, String message) {
        errors.clear();
        try {
            change.run();
            done(message);
        } catch (Refused r) {
            errors.show(r);
        }
    }

    private void done(String message) {
        errors.clear();
        shown.status().set(message);
        refresh();
    }

    private Staff requireSelected() {
        errors.clear();
        if (form.selected().get() == null) {
            errors.setGeneral("Choose a person in the list first.");
        }
        return form.selected().get();
    }

    private boolean samePins(Pins pins, String field) {
        errors.clear();
        if (!pins.same()) {
            errors.set(field, "The two PINs are different: type the same PIN twice.");
            return false;
        }
        return true;
    }

    public Shown shown() {
        return shown;
    }

    public Form form() {
        return form;
    }
}
