package org.counterdesk.staff.ui;

import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.DemoStaff;
import org.counterdesk.staff.Actor;
import org.counterdesk.staff.Role;
import org.counterdesk.staff.StaffService;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.FormErrors;

/** Staff number and PIN, checked off the FX thread (the PIN hash is deliberately slow). */
public final class SignInViewModel {

    private final StaffService staff;
    private final CounterSetup counter;
    private final Background background;
    private final Form form = new Form(new SimpleStringProperty(""), new SimpleStringProperty(""));
    private final FormErrors errors = new FormErrors("staffNumber", "pin");
    private final Shown shown;

    /** The staff number and PIN typed. */
    public record Form(StringProperty staffNumber, StringProperty pin) {
    }

    /** The refusals, and whether the PIN is still being checked. */
    public record Shown(FormErrors errors, ReadOnlyBooleanProperty busy) {
    }

    public SignInViewModel(StaffService staff, CounterSetup counter, Background background, String staffNumber) {
        this.staff = staff;
        this.counter = counter;
        this.background = background;
        this.shown = new Shown(errors, background.busy());
        form.staffNumber().set(staffNumber == null ? "" : staffNumber);
    }

    public Form form() {
        return form;
    }

    public Shown shown() {
        return shown;
    }

    public String organisationName() {
        return counter.organisation().name();
    }

    public String terminalLine() {
        return "Terminal " + counter.terminal().code() + " \u00b7 " + Dates.today(counter);
    }

    public boolean demo() {
        return counter.demo();
    }

    /** The demo people and PINs, shown on the sign-in screen of a demo counter. */
    public String demoStaff() {
        return DemoStaff.PEOPLE.stream()
                .map(p -> p.roles().stream().map(Role::label).reduce((a, b) -> a + "/" + b).orElse("") + " "
                        + p.staffNumber() + " / " + p.pin())
                .collect(Collectors.joining("  \u00b7  "));
    }

    public void signIn(Consumer<Actor> signedIn) {
        errors.clear();
        String number = form.staffNumber().get();
        String typedPin = form.pin().get();
        form.pin().set("");
        background.run(() -> staff.signIn(number, typedPin, counter.terminal()), signedIn, errors::show);
    }
}
