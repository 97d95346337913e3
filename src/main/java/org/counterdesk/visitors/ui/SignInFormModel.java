package org.counterdesk.visitors.ui;

import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.frontdesk.ui.ContactChoice;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.visitors.ExpectedVisit;
import org.counterdesk.visitors.ExpectedVisits;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;
import org.counterdesk.visitors.WatchListHit;

/**
 * The sign-in form of the visitors screen, and signing in an expected visitor with one
 * selection. A name on the watch list opens the supervisor's approval on the same form.
 */
final class SignInFormModel {

    private final Input input = new Input();
    private final StringProperty watchWarning = new SimpleStringProperty("");

    private final Actor actor;
    private final Visits visits;
    private final ExpectedVisits expected;
    private final Background background;
    private final FormErrors errors;
    private final Function<Visit, String> printBadge;
    private final BiConsumer<Visit, String> signedIn;
    private Long expectedArriving;

    /**
     * What the desk types to sign a visitor in: name, organisation, host, purpose, vehicle, the
     * badge number (the next free one is offered), and the supervisor's approval when the watch
     * list asks for it.
     */
    record Input(StringProperty name, StringProperty organisation, ContactChoice host, StringProperty purpose,
                 StringProperty vehicle, StringProperty badge, StringProperty supervisorNumber,
                 StringProperty supervisorPin) {
        Input() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""), new ContactChoice(),
                    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleStringProperty(""));
        }
    }

    /**
     * {@code printBadge} prints a badge and says how that went (run in the background);
     * {@code signedIn} shows the visitor signed in and the outcome of the print.
     */
    SignInFormModel(Actor actor, Visits visits, ExpectedVisits expected, Background background, FormErrors errors,
                    Function<Visit, String> printBadge, BiConsumer<Visit, String> signedIn) {
        this.actor = actor;
        this.visits = visits;
        this.expected = expected;
        this.background = background;
        this.errors = errors;
        this.printBadge = printBadge;
        this.signedIn = signedIn;
    }

    private record Done(Visit visit, String printed) {
    }

    /** Signs in the visitor on the form (with the supervisor's approval when the watch list asked for it). */
    void signIn(Runnable done) {
        errors.clear();
        Visits.Approval approval = watchWarning.get().isEmpty() ? null
                : new Visits.Approval(input.supervisorNumber().get(), input.supervisorPin().get());
        input.supervisorPin().set("");
        Long fromExpected = expectedArriving;
        ContactChoice host = input.host();
        var request = new Visits.Request(input.name().get(), input.organisation().get(), host.ref(), host.typed(),
                input.purpose().get(), input.vehicle().get(), input.badge().get(), approval);
        background.run(() -> {
            Visits.SignedIn in = fromExpected == null ? visits.signIn(actor, request)
                    : expected.arrive(actor, fromExpected, request.badge(), approval);
            return new Done(in.visit(), printBadge.apply(in.visit()));
        }, d -> {
            clear();
            signedIn.accept(d.visit(), d.printed());
            done.run();
        }, this::refused);
    }

    /** Signs in an expected visitor as they are, with the next free badge: one selection. */
    void arrive(ExpectedVisit e, Runnable done) {
        errors.clear();
        background.run(() -> {
            Visits.SignedIn in = expected.arrive(actor, e.id(), null);
            return new Done(in.visit(), printBadge.apply(in.visit()));
        }, d -> {
            signedIn.accept(d.visit(), d.printed());
            done.run();
        }, failure -> {
            if (failure instanceof WatchListHit) {
                fillFrom(e);
            }
            refused(failure);
        });
    }

    private void refused(Throwable failure) {
        if (failure instanceof WatchListHit hit) {
            watchWarning.set(hit.getMessage());
        }
        errors.show(failure);
    }

    private void fillFrom(ExpectedVisit e) {
        expectedArriving = e.id();
        input.name().set(e.name());
        input.organisation().set(e.organisation() == null ? "" : e.organisation());
        input.host().chosenProperty().set(e.host());
        input.host().typedProperty().set(e.host().describe());
        input.purpose().set(e.purpose() == null ? "" : e.purpose());
    }

    /** Offers the next free badge when the form has none. */
    void offerBadge() {
        if (input.badge().get().isBlank()) {
            input.badge().set(visits.nextFreeBadge().map(String::valueOf).orElse(""));
        }
    }

    /** Empties the form (and any approval asked for) and offers the next free badge. */
    void clear() {
        for (StringProperty p : List.of(input.name(), input.organisation(), input.host().typedProperty(),
                input.purpose(), input.vehicle(), input.badge(), input.supervisorNumber(), input.supervisorPin(),
                watchWarning)) {
            p.set("");
        }
        input.host().chosenProperty().set(null);
        expectedArriving = null;
        errors.clear();
        offerBadge();
    }

    Input input() {
        return input;
    }

    /** Why the watch list asks for a supervisor, or empty when it does not. */
    StringProperty watchWarning() {
        return watchWarning;
    }
}
