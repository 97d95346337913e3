package org.counterdesk.enquiries.ui;

import java.util.List;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import org.counterdesk.common.Counted;
import org.counterdesk.enquiries.Channel;
import org.counterdesk.enquiries.Enquiries;
import org.counterdesk.enquiries.EnquiryReports;
import org.counterdesk.enquiries.EnquiryStats;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** The enquiry tally: the types, the channel in use, today's counts, and the daily report. */
public final class EnquiriesViewModel {

    private final DeskSession desk;
    private final Enquiries enquiries;
    private final EnquiryReports reports;
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.COUNTER);
    private final FormErrors errors = new FormErrors();
    private final Shown shown = new Shown(FXCollections.observableArrayList(), FXCollections.observableHashMap(),
            new SimpleIntegerProperty(), new SimpleStringProperty(""), errors);
    private final ListReads reads = new ListReads("today's enquiries", errors);

    /** The enquiry types, today's count of each and in all, what the last action did, and the refusals. */
    public record Shown(ObservableList<String> types, ObservableMap<String, Integer> counts, IntegerProperty total,
                        StringProperty status, FormErrors errors) {
    }

    public EnquiriesViewModel(DeskSession desk, Enquiries enquiries, EnquiryReports reports) {
        this.desk = desk;
        this.enquiries = enquiries;
        this.reports = reports;
    }

    /** Reads the types (a setting) and today's counts; the channel goes back to the counter. */
    public void refresh() {
        channel.set(Channel.COUNTER);
        reads.read(() -> new Today(enquiries.types(), enquiries.today()), t -> {
            if (!t.types().equals(shown.types())) {
                shown.types().setAll(t.types());
            }
            counted(t.stats());
        });
    }

    private record Today(List<String> types, EnquiryStats stats) {
    }

    private void counted(EnquiryStats stats) {
        shown.counts().clear();
        for (String t : stats.types()) {
            shown.counts().put(t, stats.ofType(t));
        }
        shown.total().set(stats.total());
    }

    /** Records one enquiry of the {@code index}-th type (0-based) by the channel in use. */
    public void tally(int index) {
        errors.clear();
        if (index < 0 || index >= shown.types().size()) {
            return;
        }
        String type = shown.types().get(index);
        Channel ch = channel.get();
        try {
            enquiries.record(desk.actor(), type, ch);
            shown.counts().merge(type, 1, Integer::sum);
            shown.total().set(shown.total().get() + 1);
            shown.status().set(type + " (" + ch.label().toLowerCase() + ") counted. Backspace takes it back.");
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** Takes back the last enquiry this person counted in the last few minutes. */
    public void undo() {
        errors.clear();
        try {
            Enquiries.Tally t = enquiries.undoLast(desk.actor());
            counted(enquiries.today());
            shown.status().set("Taken back: " + t.type() + " (" + t.channel().label().toLowerCase() + ").");
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** Prints today's statistics and writes the CSV beside the PDF. */
    public void printReport() {
        errors.clear();
        shown.status().set("");
        desk.background().run(() -> reports.print(desk.counter().deskDate()), r -> shown.status().set(
                "Today's statistics printed (" + Counted.of(r.stats().total(), "enquiry", "enquiries")
                        + "). The spreadsheet copy is " + r.csv()), errors::show);
    }

    public ObjectProperty<Channel> channel() {
        return channel;
    }

    public Shown shown() {
        return shown;
    }
}
