package org.counterdesk.visitors.ui;

import javafx.beans.property.StringProperty;
import org.counterdesk.frontdesk.ui.PhoneCalls;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.Messages;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.VisitorDocuments;
import org.counterdesk.visitors.Visits;

/**
 * What the desk does to visitors already signed in: sign them out, record the host phoned, print a badge again.
 * {@code status} says what was done; {@code afterSignOut} runs once a visitor is signed out.
 */
record VisitActions(Actor actor, Visits visits, PhoneCalls phoneCalls, VisitorDocuments documents,
                    Background background, FormErrors errors, StringProperty status, VisitorListModel list,
                    Runnable afterSignOut) {

    /** Prints {@code v}'s badge and says how that went (the visit stands whatever the printer does). */
    String printBadge(Visit v) {
        try {
            documents.printBadge(v);
            return "Badge printed.";
        } catch (RuntimeException e) {
            return "The badge was not printed: " + Messages.of(e);
        }
    }

    void signOutTyped(StringProperty typed, Runnable done) {
        errors.clear();
        String t = typed.get();
        background.run(() -> visits.signOutTyped(actor, t), v -> {
            typed.set("");
            signedOut(v);
            done.run();
        }, errors::show);
    }

    void signOutSelected() {
        errors.clear();
        VisitorsViewModel.Row r = list.selected().get();
        if (r == null) {
            errors.setGeneral("Choose a visitor in the list first, or type their badge number in Sign out (F6).");
            return;
        }
        background.run(() -> visits.signOut(actor, r.visit().id()), this::signedOut, errors::show);
    }

    private void signedOut(Visit v) {
        status.set(v.name() + " signed out (badge " + v.badge() + " is free again).");
        list.signedOut(v);
        afterSignOut.run();
    }

    void toldByPhone() {
        VisitorsViewModel.Row r = list.phoneTarget();
        phoneCalls.record(r == null ? null : r.notification(), r == null ? null : r.visit().host(),
                "Choose a visitor whose host has not been told yet.", () -> {
                    list.phonePrompt().set("");
                    list.refresh();
                });
    }

    void reprintBadge() {
        errors.clear();
        VisitorsViewModel.Row r = list.selectedOrLast();
        if (r == null) {
            errors.setGeneral("Choose a visitor in the list first.");
            return;
        }
        background.run(() -> printBadge(r.visit()), m -> status.set("Badge " + r.visit().badge() + ": " + m), errors::show);
    }
}
