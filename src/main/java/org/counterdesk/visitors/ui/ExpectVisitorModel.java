package org.counterdesk.visitors.ui;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.frontdesk.ui.ContactChoice;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.visitors.ExpectedDates;
import org.counterdesk.visitors.ExpectedVisit;
import org.counterdesk.visitors.ExpectedVisits;

/**
 * Registering a visitor ahead for a day (tomorrow unless the desk types another), and the
 * coming days' expected visitors, any of which can be cancelled.
 */
public final class ExpectVisitorModel {

    /** How many days ahead the list of expected visitors reaches. */
    static final int DAYS_SHOWN = 14;

    private final Input input = new Input();
    private final FormErrors errors = new FormErrors("name", "organisation", "host", "date", "purpose");
    private final Shown shown = new Shown(new SimpleBooleanProperty(false), FXCollections.observableArrayList(), errors);
    private final ListReads reads = new ListReads("the visitors expected in the coming days", errors);

    private final DeskSession desk;
    private final ExpectedVisits expected;
    private final Consumer<String> status;

    /**
     * The visitor being registered ahead: name, organisation, host, purpose, and the day as typed
     * ("tomorrow", "+3", "24/11/2026"…).
     */
    public record Input(StringProperty name, StringProperty organisation, ContactChoice host, StringProperty date,
                        StringProperty purpose) {
        Input() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""), new ContactChoice(),
                    new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    /** Whether the form is open, the coming days' expected visitors, and the refusals. */
    public record Shown(BooleanProperty open, ObservableList<ExpectedVisit> upcoming, FormErrors errors) {
    }

    /** {@code status} shows what was done on the screen's status line. */
    ExpectVisitorModel(DeskSession desk, ExpectedVisits expected, Consumer<String> status) {
        this.desk = desk;
        this.expected = expected;
        this.status = status;
    }

    /** Opens the form, empty, for tomorrow. */
    public void start() {
        clear();
        refresh();
        shown.open().set(true);
    }

    /** Closes the form without saving. */
    public void close() {
        shown.open().set(false);
        errors.clear();
    }

    void refresh() {
        reads.read(() -> expected.upcoming(DAYS_SHOWN), shown.upcoming()::setAll);
    }

    /** Registers the visitor on the form; {@code done} runs after (to re-read today's list and move on). */
    public void save(Runnable done) {
        errors.clear();
        LocalDate today = desk.counter().deskDate();
        String typedDate = input.date().get();
        ContactChoice host = input.host();
        var form = new ExpectedVisits.Form(null, input.name().get(), input.organisation().get(), host.ref(),
                host.typed(), input.purpose().get());
        Actor actor = desk.actor();
        desk.background().run(() -> expected.add(actor, withDate(form, ExpectedDates.parse(typedDate, today))), e -> {
            status.accept(e.name() + " is expected " + (e.date().equals(today) ? "today" : "on " + ExpectedDates.show(e.date()))
                    + ", to see " + e.host().describe() + (e.date().equals(today) ? ": they are in Expected today (F8)." : "."));
            clear();
            refresh();
            done.run();
        }, errors::show);
    }

    private static ExpectedVisits.Form withDate(ExpectedVisits.Form f, LocalDate d) {
        return new ExpectedVisits.Form(d, f.name(), f.organisation(), f.host(), f.hostTyped(), f.purpose());
    }

    /** Cancels {@code e} (chosen in a list of expected visitors); {@code done} runs after; refusals go to {@code shownIn}. */
    public void cancel(ExpectedVisit e, Runnable done, FormErrors shownIn) {
        shownIn.clear();
        if (e == null) {
            shownIn.setGeneral("Choose an expected visitor in the list first.");
            return;
        }
        desk.background().run(() -> expected.cancel(desk.actor(), e.id()), x -> {
            status.accept("Cancelled: " + x.name() + " is no longer expected on " + ExpectedDates.show(x.date()) + ".");
            refresh();
            done.run();
        }, shownIn::show);
    }

    private void clear() {
        for (StringProperty p : List.of(input.name(), input.organisation(), input.purpose())) {
            p.set("");
        }
        input.host().clear();
        input.date().set(ExpectedDates.show(desk.counter().deskDate().plusDays(1)));
        errors.clear();
    }

    public Input input() {
        return input;
    }

    public Shown shown() {
        return shown;
    }
}
