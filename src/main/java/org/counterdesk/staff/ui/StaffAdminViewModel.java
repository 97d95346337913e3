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
    private final ObservableList<Staff> people = FXCollections.observableArrayList();
    private final ObjectProperty<Staff> selected = new SimpleObjectProperty<>();
    private final FormErrors errors = new FormErrors("staffNumber", "name", "roles", "pin", "pinAgain", "newPin",
            "newPinAgain");
    private final StringProperty status = new SimpleStringProperty("");
    private final ListReads reads = new ListReads("the staff list", errors);
    private Set<Long> noPin = Set.of();
    private final StringProperty staffNumber = new SimpleStringProperty("");
    private final StringProperty name = new SimpleStringProperty("");
    private final BooleanProperty cashier = new SimpleBooleanProperty(true);
    private final BooleanProperty supervisor = new SimpleBooleanProperty(false);
    private final BooleanProperty administrator = new SimpleBooleanProperty(false);
    private final StringProperty pin = new SimpleStringProperty("");
    private final StringProperty pinAgain = new SimpleStringProperty("");
    private final StringProperty newPin = new SimpleStringProperty("");
    private final StringProperty newPinAgain = new SimpleStringProperty("");

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
            people.setAll(p.all());
        });
    }

    private record People(Set<Long> noPin, List<Staff> all) {
    }

    /** How a person stands, as the list shows it. */
    String state(Staff s) {
        return !s.active() ? "Inactive" : s.locked() ? "Locked" : noPin.contains(s.id()) ? "No PIN yet" : "Active";
    }

    public void add(Runnable added) {
        if (!samePins(pin, pinAgain, "pinAgain")) {
            return;
        }
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
        String number = staffNumber.get();
        String who = name.get();
        String typedPin = pin.get();
        background.run(() -> staff.add(actor, number, who, roles, typedPin), person -> {
            done(person.display() + " added. They can sign in now.");
            for (StringProperty p : new StringProperty[] {staffNumber, name, pin, pinAgain}) {
                p.set("");
            }
            added.run();
        }, errors::show);
    }

    public void resetPin() {
        Staff person = requireSelected();
        if (person == null || !samePins(newPin, newPinAgain, "newPinAgain")) {
            return;
        }
        String typed = newPin.get();
        background.run(() -> {
            staff.resetPin(actor, person.id(), typed);
            return person;
        }, p -> {
            newPin.set("");
            newPinAgain.set("");
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
        status.set(message);
        refresh();
    }

    private Staff requireSelected() {
        errors.clear();
        if (selected.get() == null) {
            errors.setGeneral("Choose a person in the list first.");
        }
        return selected.get();
    }

    private boolean samePins(StringProperty first, StringProperty again, String field) {
        errors.clear();
        if (!first.get().equals(again.get())) {
            errors.set(field, "The two PINs are different: type the same PIN twice.");
            return false;
        }
        return true;
    }

    public ObservableList<Staff> people() {
        return people;
    }

    public ObjectProperty<Staff> selected() {
        return selected;
    }

    public FormErrors errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }

    public Background background() {
        return background;
    }

    public StringProperty staffNumber() {
        return staffNumber;
    }

    public StringProperty name() {
        return name;
    }

    public BooleanProperty cashier() {
        return cashier;
    }

    public BooleanProperty supervisor() {
        return supervisor;
    }

    public BooleanProperty administrator() {
        return administrator;
    }

    public StringProperty pin() {
        return pin;
    }

    public StringProperty pinAgain() {
        return pinAgain;
    }

    public StringProperty newPin() {
        return newPin;
    }

    public StringProperty newPinAgain() {
        return newPinAgain;
    }
}
