package org.counterdesk.visitors.ui;

import java.nio.file.Path;
import java.time.ZoneId;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.frontdesk.DeskTimes;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.NotPrintedException;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;
import org.counterdesk.visitors.Visit;
import org.counterdesk.visitors.VisitorDocuments;
import org.counterdesk.visitors.Visits;

/**
 * Who is in the building now, and the evacuation roll. The roll is read from the local
 * database and laid out on this PC: it needs neither the network nor the email server.
 */
public final class OnSiteViewModel {

    private final CounterSetup counter;
    private final Visits visits;
    private final VisitorDocuments documents;
    private final Background background;
    private final FormErrors errors = new FormErrors();
    private final ListReads reads = new ListReads("who is on site", errors);
    private final Shown shown;

    /**
     * Who is on site and how many, what the last print did, the refusals, whether a print is under
     * way, and the zone the times are shown in.
     */
    public record Shown(ObservableList<Visit> onSite, StringProperty headline, StringProperty status, FormErrors errors,
                        ReadOnlyBooleanProperty busy, ZoneId zone) {
    }

    public OnSiteViewModel(CounterSetup counter, Visits visits, VisitorDocuments documents, Background background) {
        this.counter = counter;
        this.visits = visits;
        this.documents = documents;
        this.background = background;
        this.shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""),
                new SimpleStringProperty(""), errors, background.busy(), counter.organisation().timeZone());
    }

    public void refresh() {
        reads.read(visits::onSite, now -> {
            shown.onSite().setAll(now);
            shown.headline().set("On site now: " + now.size() + (now.size() == 1 ? " visitor" : " visitors"));
        });
    }

    /** Prints the roll of everyone signed in at this moment. */
    public void printRoll() {
        errors.clear();
        shown.status().set("");
        background.run(() -> {
            var now = visits.onSite();
            try {
                Path file = documents.printEvacuationRoll(now);
                return "Evacuation roll printed at " + DeskTimes.time(counter.clock().instant(), shown.zone()) + ": "
                        + now.size() + " signed in. Kept as " + file;
            } catch (NotPrintedException e) {
                return e.getMessage() + " Open " + e.saved() + " and print it from another PC.";
            }
        }, m -> {
            shown.status().set(m);
            refresh();
        }, errors::show);
    }

    public Shown shown() {
        return shown;
    }
}
