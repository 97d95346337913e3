package org.counterdesk.visitors.ui;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.ui.NotificationText;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.Visits;

/**
 * Today's visitors as the desk sees them: whether each host has been told, those signed out
 * automatically at the last close of business, and the phone call still to make for the
 * visitor just signed in.
 */
final class VisitorListModel {

    private final CounterSetup counter;
    private final Visits visits;
    private final Notifications notifications;
    private final ObservableList<VisitorsViewModel.Row> rows = FXCollections.observableArrayList();
    private final ObjectProperty<VisitorsViewModel.Row> selected = new SimpleObjectProperty<>();
    private final StringProperty phonePrompt = new SimpleStringProperty("");
    private final StringProperty flaggedBanner = new SimpleStringProperty("");
    private final ListReads reads;
    private VisitorsViewModel.Row lastSignedIn;

    VisitorListModel(CounterSetup counter, Visits visits, Notifications notifications, FormErrors errors) {
        this.counter = counter;
        this.visits = visits;
        this.notifications = notifications;
        this.reads = new ListReads("today's visitors", errors);
    }

    /** Reads the visits and how their hosts were told again. */
    void refresh() {
        refresh(() -> { });
    }

    private void refresh(Runnable then) {
        reads.read(this::read, read -> {
            rows.setAll(read.rows());
            int flagged = read.flagged();
            flaggedBanner.set(flagged == 0 ? "" : flagged + (flagged == 1 ? " visitor was" : " visitors were")
                    + " still signed in at the last close of business and signed out automatically (marked below): "
                    + "check they have left and that their badges are back.");
            if (lastSignedIn != null) {
                row(lastSignedIn.visit().id()).ifPresent(this::updatePhonePrompt);
            }
            then.run();
        });
    }

    private record Read(List<VisitorsViewModel.Row> rows, int flagged) {
    }

    private Read read() {
        List<Visit> today = visits.today();
        List<Visit> flagged = visits.flagged();
        Set<Long> ids = new HashSet<>();
        today.forEach(v -> ids.add(v.id()));
        flagged.forEach(v -> ids.add(v.id()));
        Map<Long, Notification> told = notifications.latestFor(Visits.SUBJECT, ids);
        ZoneId zone = counter.organisation().timeZone();
        List<VisitorsViewModel.Row> all = new ArrayList<>();
        for (Visit v : flagged) {
            all.add(new VisitorsViewModel.Row(v, told.get(v.id()), true, NotificationText.of(told.get(v.id()), v.host(), zone)));
        }
        for (Visit v : today) {
            all.add(new VisitorsViewModel.Row(v, told.get(v.id()), false, NotificationText.of(told.get(v.id()), v.host(), zone)));
        }
        return new Read(all, flagged.size());
    }

    /** After a sign-in: the list read again, and the phone call to make if the host cannot be emailed. */
    void signedIn(Visit v) {
        refresh(() -> row(v.id()).ifPresent(r -> {
            lastSignedIn = r;
            updatePhonePrompt(r);
        }));
    }

    /** After a sign-out: no call to make for someone who has left. */
    void signedOut(Visit v) {
        if (lastSignedIn != null && lastSignedIn.visit().id() == v.id()) {
            // Forgotten too, or the list read next would ask for the call again.
            lastSignedIn = null;
            phonePrompt.set("");
        }
        refresh();
    }

    /** The visit whose host the desk means to have phoned: the selected one if not yet told, else the last signed in. */
    VisitorsViewModel.Row phoneTarget() {
        VisitorsViewModel.Row s = selected.get();
        return s != null && s.notification() != null && !s.notification().told() ? s : lastSignedIn;
    }

    /** The selected visit, or the one just signed in. */
    VisitorsViewModel.Row selectedOrLast() {
        return selected.get() != null ? selected.get() : lastSignedIn;
    }

    private java.util.Optional<VisitorsViewModel.Row> row(long visitId) {
        return rows.stream().filter(r -> r.visit().id() == visitId).findFirst();
    }

    private void updatePhonePrompt(VisitorsViewModel.Row r) {
        Notification n = r.notification();
        boolean needsCall = n != null && n.state().needsDesk();
        phonePrompt.set(needsCall ? "Tell " + r.visit().host().describe() + " by phone: " + r.visit().host().phoneText()
                + ", that " + r.visit().name() + " is here. Press F7 when done." : "");
    }

    ObservableList<VisitorsViewModel.Row> rows() {
        return rows;
    }

    ObjectProperty<VisitorsViewModel.Row> selected() {
        return selected;
    }

    StringProperty phonePrompt() {
        return phonePrompt;
    }

    StringProperty flaggedBanner() {
        return flaggedBanner;
    }
}
