package org.counterdesk.visitors.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.Subscription;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.counterdesk.frontdesk.ui.PhoneCalls;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.visitors.ExpectedVisit;
import org.counterdesk.visitors.ExpectedVisits;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.VisitorDocuments;
import org.counterdesk.visitors.Visits;

/**
 * The visitors screen: the sign-in form ({@link SignInFormModel}), today's visitors with
 * whether their host has been told ({@link VisitorListModel}), sign-out, the phone fallback,
 * the visitors expected today, and registering visitors ahead ({@link ExpectVisitorModel}).
 */
public final class VisitorsViewModel {

    /** A line of the list: the visit, how its host is being told, and whether it was signed out at last close. */
    public record Row(Visit visit, Notification notification, boolean flagged, String told) {
    }

    /**
     * What the desk types besides the sign-in form: the badge number or name typed (or scanned)
     * into the sign-out field, and the visit selected in the list.
     */
    public record Input(StringProperty signOut, ObjectProperty<Row> selected) {
    }

    /**
     * Today's visitors and those still expected, what the last action did, the phone call to make,
     * why the watch list asks for a supervisor, the banner for those signed out at the last close,
     * the refusals, whether work is under way, and the zone the times are shown in.
     */
    public record Shown(ObservableList<Row> rows, ObservableList<ExpectedVisit> expectedToday, StringProperty status,
                        StringProperty phonePrompt, StringProperty watchWarning, StringProperty flaggedBanner,
                        FormErrors errors, ReadOnlyBooleanProperty busy, ZoneId zone) {
    }

    private final ExpectedVisits expected;
    private final Directory directory;
    private final FormErrors errors = new FormErrors("name", "organisation", "host", "purpose", "vehicle", "badge",
            "staffNumber", "pin", "signOut");
    private final StringProperty status = new SimpleStringProperty("");
    private final SignInFormModel form;
    private final VisitorListModel list;
    private final ExpectVisitorModel expect;
    private final VisitActions actions;
    private final Subscription updates;
    private final Visits visits;
    private final ListReads expectedReads = new ListReads("the visitors expected today", errors);
    private final Input input;
    private final Shown shown;

    public VisitorsViewModel(DeskSession desk, Visits visits, ExpectedVisits expected, Notifications notifications,
                             VisitorDocuments documents, Directory directory) {
        this.visits = visits;
        this.expected = expected;
        this.directory = directory;
        Actor actor = desk.actor();
        Background background = desk.background();
        this.list = new VisitorListModel(desk.counter(), visits, notifications, errors);
        PhoneCalls phoneCalls = new PhoneCalls(actor, notifications, background, errors, status::set);
        this.actions = new VisitActions(actor, visits, phoneCalls, documents, background, errors, status, list,
                this::afterSignOut);
        this.form = new SignInFormModel(actor, visits, expected, background, errors, actions::printBadge, this::signedIn);
        this.expect = new ExpectVisitorModel(desk, expected, status::set);
        this.updates = notifications.subscribe(() -> Platform.runLater(this::refresh));
        this.input = new Input(new SimpleStringProperty(""), list.selected());
        this.shown = new Shown(list.rows(), FXCollections.observableArrayList(), status, list.phonePrompt(),
                form.watchWarning(), list.flaggedBanner(), errors, background.busy(),
                desk.counter().organisation().timeZone());
    }

    /** Reads the lists again and offers the next free badge if the form has none. */
    public void refresh() {
        list.refresh();
        expectedReads.read(() -> new Expected(expected.stillExpectedToday(), visits.nextFreeBadge()), e -> {
            shown.expectedToday().setAll(e.today());
            if (form.input().badge().get().isBlank()) {
                form.input().badge().set(e.freeBadge().map(String::valueOf).orElse(""));
            }
        });
    }

    private record Expected(List<ExpectedVisit> today, Optional<Integer> freeBadge) {
    }

    /** Stops following notification changes: the screen is going away (its person signed out). */
    public void close() {
        updates.close();
    }

    private void afterSignOut() {
        // The badge just handed back may be the lowest free one: offer it.
        form.input().badge().set("");
        form.offerBadge();
    }

    public List<Contact> search(String query) {
        return directory.search(query, 8);
    }

    /** Signs in the visitor on the form (with the supervisor's approval when the watch list asked for it). */
    public void signIn(Runnable done) {
        status.set("");
        form.signIn(done);
    }

    /** Signs in an expected visitor as they are, with the next free badge: one selection. */
    public void arrive(ExpectedVisit e, Runnable done) {
        status.set("");
        form.arrive(e, done);
    }

    private void signedIn(Visit v, String printed) {
        status.set(v.name() + " signed in with badge " + v.badge() + ". " + printed);
        expectedReads.read(expected::stillExpectedToday, shown.expectedToday()::setAll);
        list.signedIn(v);
    }

    /** Signs out whoever the desk typed or scanned into the sign-out field. */
    public void signOutTyped(Runnable done) {
        actions.signOutTyped(input.signOut(), done);
    }

    /** Signs out the visitor selected in the list. */
    public void signOutSelected() {
        actions.signOutSelected();
    }

    /** Records that the host of the selected visit (or of the visitor just signed in) was told by phone. */
    public void toldByPhone() {
        actions.toldByPhone();
    }

    /** Prints the selected visitor's badge again. */
    public void reprintBadge() {
        actions.reprintBadge();
    }

    /** Cancels an expected visitor chosen in today's list. */
    public void cancelExpected(ExpectedVisit e) {
        expect.cancel(e, this::refresh, errors);
    }

    public void clearForm() {
        form.clear();
    }

    SignInFormModel form() {
        return form;
    }

    public ExpectVisitorModel expect() {
        return expect;
    }

    public Input input() {
        return input;
    }

    public Shown shown() {
        return shown;
    }
}
