package org.counterdesk.visitors.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.ui.NotificationText;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Messages;
import org.counterdesk.visitors.ExpectedVisit;
import org.counterdesk.visitors.ExpectedVisits;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.VisitorDocuments;
import org.counterdesk.visitors.Visits;
import org.counterdesk.visitors.WatchListHit;

/**
 * The visitors screen: the sign-in form, sign-out, today's visitors with whether their host
 * has been told, the phone fallback, and the visitors expected today.
 */
public final class VisitorsViewModel {

    /** A line of the list: the visit, how its host is being told, and whether it was signed out at last close. */
    public record Row(Visit visit, Notification notification, boolean flagged, String told) {
    }

    private final Actor actor;
    private final CounterSetup counter;
    private final Visits visits;
    private final ExpectedVisits expected;
    private final Notifications notifications;
    private final VisitorDocuments documents;
    private final Directory directory;
    private final Background background;
    private final FormErrors errors = new FormErrors("name", "organisation", "host", "purpose", "vehicle", "badge",
            "staffNumber", "pin", "signOut");
    final StringProperty name = new SimpleStringProperty("");
    final StringProperty organisation = new SimpleStringProperty("");
    final ObjectProperty<Contact> host = new SimpleObjectProperty<>();
    final StringProperty hostTyped = new SimpleStringProperty("");
    final StringProperty purpose = new SimpleStringProperty("");
    final StringProperty vehicle = new SimpleStringProperty("");
    final StringProperty badge = new SimpleStringProperty("");
    final StringProperty supervisorNumber = new SimpleStringProperty("");
    final StringProperty supervisorPin = new SimpleStringProperty("");
    final StringProperty signOutTyped = new SimpleStringProperty("");
    private final StringProperty watchWarning = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty phonePrompt = new SimpleStringProperty("");
    private final StringProperty flaggedBanner = new SimpleStringProperty("");
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<ExpectedVisit> expectedToday = FXCollections.observableArrayList();
    private final ObjectProperty<Row> selected = new SimpleObjectProperty<>();
    private Long expectedArriving;
    private Row lastSignedIn;

    public VisitorsViewModel(Actor actor, CounterSetup counter, Visits visits, ExpectedVisits expected,
                             Notifications notifications, VisitorDocuments documents, Directory directory,
                             Background background) {
        this.actor = actor;
        this.counter = counter;
        this.visits = visits;
        this.expected = expected;
        this.notifications = notifications;
        this.documents = documents;
        this.directory = directory;
        this.background = background;
        notifications.addListener(() -> Platform.runLater(this::refresh));
    }

    /** Reads the lists again and offers the next free badge if the form has none. */
    public void refresh() {
        List<Visit> today = visits.today();
        List<Visit> flagged = visits.flagged();
        Set<Long> ids = new HashSet<>();
        today.forEach(v -> ids.add(v.id()));
        flagged.forEach(v -> ids.add(v.id()));
        Map<Long, Notification> told = notifications.latestFor(Visits.SUBJECT, ids);
        ZoneId zone = counter.organisation().timeZone();
        List<Row> all = new ArrayList<>();
        for (Visit v : flagged) {
            all.add(new Row(v, told.get(v.id()), true, NotificationText.of(told.get(v.id()), v.host(), zone)));
        }
        for (Visit v : today) {
            all.add(new Row(v, told.get(v.id()), false, NotificationText.of(told.get(v.id()), v.host(), zone)));
        }
        rows.setAll(all);
        flaggedBanner.set(flagged.isEmpty() ? "" : flagged.size() + (flagged.size() == 1 ? " visitor was" : " visitors were")
                + " still signed in at the last close of business and signed out automatically (marked below): "
                + "check they have left and that their badges are back.");
        expectedToday.setAll(expected.stillExpectedToday());
        if (badge.get().isBlank()) {
            badge.set(visits.nextFreeBadge().map(String::valueOf).orElse(""));
        }
        if (lastSignedIn != null) {
            rows.stream().filter(r -> r.visit().id() == lastSignedIn.visit().id()).findFirst()
                    .ifPresent(r -> updatePhonePrompt(r));
        }
    }

    public List<Contact> search(String query) {
        return directory.search(query, 8);
    }

    /** Signs in the visitor on the form (with the supervisor's approval when the watch list asked for it). */
    public void signIn(Runnable done) {
        errors.clear();
        status.set("");
        Visits.Approval approval = watchWarning.get().isEmpty() ? null
                : new Visits.Approval(supervisorNumber.get(), supervisorPin.get());
        supervisorPin.set("");
        Long fromExpected = expectedArriving;
        var request = new Visits.Request(name.get(), organisation.get(), host.get() == null ? null : ContactRef.of(host.get()),
                hostTyped.get(), purpose.get(), vehicle.get(), badge.get(), approval);
        background.run(() -> {
            Visits.SignedIn in = fromExpected == null ? visits.signIn(actor, request)
                    : expected.arrive(actor, fromExpected, request.badge(), approval);
            return new Done(in, printBadge(in.visit()));
        }, d -> {
            watchWarning.set("");
            expectedArriving = null;
            clearForm();
            signedIn(d);
            done.run();
        }, failure -> {
            if (failure instanceof WatchListHit hit) {
                watchWarning.set(hit.getMessage());
            }
            errors.show(failure);
        });
    }

    /** Signs in an expected visitor as they are, with the next free badge: one selection. */
    public void arrive(ExpectedVisit e, Runnable done) {
        errors.clear();
        status.set("");
        background.run(() -> {
            Visits.SignedIn in = expected.arrive(actor, e.id(), null);
            return new Done(in, printBadge(in.visit()));
        }, d -> {
            signedIn(d);
            done.run();
        }, failure -> {
            if (failure instanceof WatchListHit hit) {
                fillFrom(e);
                watchWarning.set(hit.getMessage());
            }
            errors.show(failure);
        });
    }

    private record Done(Visits.SignedIn in, String printed) {
    }

    private String printBadge(Visit v) {
        try {
            documents.printBadge(v);
            return "Badge printed.";
        } catch (RuntimeException e) {
            return "The badge was not printed: " + Messages.of(e);
        }
    }

    private void signedIn(Done d) {
        Visit v = d.in().visit();
        status.set(v.name() + " signed in with badge " + v.badge() + ". " + d.printed());
        refresh();
        rows.stream().filter(r -> r.visit().id() == v.id()).findFirst().ifPresent(r -> {
            lastSignedIn = r;
            updatePhonePrompt(r);
        });
    }

    private void updatePhonePrompt(Row r) {
        Notification n = r.notification();
        boolean needsCall = n != null && n.state().needsDesk();
        phonePrompt.set(needsCall ? "Tell " + r.visit().host().describe() + " by phone: " + r.visit().host().phoneText()
                + ", that " + r.visit().name() + " is here. Press F7 when done." : "");
    }

    private void fillFrom(ExpectedVisit e) {
        expectedArriving = e.id();
        name.set(e.name());
        organisation.set(e.organisation() == null ? "" : e.organisation());
        host.set(e.host());
        hostTyped.set(e.host().describe());
        purpose.set(e.purpose() == null ? "" : e.purpose());
    }

    /** Signs out whoever the desk typed or scanned into the sign-out field. */
    public void signOutTyped(Runnable done) {
        errors.clear();
        String typed = signOutTyped.get();
        background.run(() -> visits.signOutTyped(actor, typed), v -> {
            signOutTyped.set("");
            signedOut(v);
            done.run();
        }, errors::show);
    }

    /** Signs out the visitor selected in the list. */
    public void signOutSelected() {
        errors.clear();
        Row r = selected.get();
        if (r == null) {
            errors.setGeneral("Choose a visitor in the list first, or type their badge number in Sign out (F6).");
            return;
        }
        background.run(() -> visits.signOut(actor, r.visit().id()), this::signedOut, errors::show);
    }

    private void signedOut(Visit v) {
        status.set(v.name() + " signed out (badge " + v.badge() + " is free again).");
        if (lastSignedIn != null && lastSignedIn.visit().id() == v.id()) {
            phonePrompt.set("");
        }
        badge.set("");
        refresh();
    }

    /** Records that the host of the selected visit (or of the visitor just signed in) was told by phone. */
    public void toldByPhone() {
        errors.clear();
        Row r = selected.get() != null && selected.get().notification() != null && !selected.get().notification().told()
                ? selected.get() : lastSignedIn;
        if (r == null || r.notification() == null || r.notification().told()) {
            errors.setGeneral("Choose a visitor whose host has not been told yet.");
            return;
        }
        background.run(() -> {
            notifications.recordPhoned(actor, r.notification().id());
            return r;
        }, done -> {
            status.set("Recorded: " + done.visit().host().describe() + " was told by phone.");
            phonePrompt.set("");
            refresh();
        }, errors::show);
    }

    /** Prints the selected visitor's badge again. */
    public void reprintBadge() {
        errors.clear();
        Row r = selected.get() != null ? selected.get() : lastSignedIn;
        if (r == null) {
            errors.setGeneral("Choose a visitor in the list first.");
            return;
        }
        background.run(() -> printBadge(r.visit()), m -> status.set("Badge " + r.visit().badge() + ": " + m), errors::show);
    }

    public void clearForm() {
        for (StringProperty p : List.of(name, organisation, hostTyped, purpose, vehicle, badge, supervisorNumber,
                supervisorPin)) {
            p.set("");
        }
        host.set(null);
        watchWarning.set("");
        expectedArriving = null;
        errors.clear();
        badge.set(visits.nextFreeBadge().map(String::valueOf).orElse(""));
    }

    public FormErrors errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }

    public StringProperty phonePrompt() {
        return phonePrompt;
    }

    public StringProperty watchWarning() {
        return watchWarning;
    }

    public StringProperty flaggedBanner() {
        return flaggedBanner;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ObservableList<ExpectedVisit> expectedToday() {
        return expectedToday;
    }

    public ObjectProperty<Row> selected() {
        return selected;
    }

    public CounterSetup counter() {
        return counter;
    }

    public Background background() {
        return background;
    }
}
