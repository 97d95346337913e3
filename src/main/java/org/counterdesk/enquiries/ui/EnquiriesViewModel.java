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
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** The enquiry tally: the types, the channel in use, today's counts, and the daily report. */
public final class EnquiriesViewModel {

    private final Actor actor;
    private final CounterSetup counter;
    private final Enquiries enquiries;
    private final EnquiryReports reports;
    private final Background background;
    private final ObservableList<String> types = FXCollections.observableArrayList();
    private final ObservableMap<String, Integer> counts = FXCollections.observableHashMap();
    private final ObjectProperty<Channel> channel = new SimpleObjectProperty<>(Channel.COUNTER);
    private final IntegerProperty total = new SimpleIntegerProperty();
    private final StringProperty status = new SimpleStringProperty("");
    private final FormErrors errors = new FormErrors();
    private final ListReads reads = new ListReads("today's enquiries", errors);

    public EnquiriesViewModel(Actor actor, CounterSetup counter, Enquiries enquiries, EnquiryReports reports,
                              Background background) {
        this.actor = actor;
        this.counter = counter;
        this.enquiries = enquiries;
        this.reports = reports;
        this.background = background;
    }

    /** Reads the types (a setting) and today's counts; the channel goes back to the counter. */
    public void refresh() {
        channel.set(Channel.COUNTER);
        reads.read(() -> new Today(enquiries.types(), enquiries.today()), t -> {
            if (!t.types().equals(types)) {
                types.setAll(t.types());
            }
            counted(t.stats());
        });
    }

    private record Today(List<String> types, EnquiryStats stats) {
    }

    private void counted(EnquiryStats stats) {
        counts.clear();
        for (String t : stats.types()) {
            counts.put(t, stats.ofType(t));
        }
        total.set(stats.total());
    }

    /** Records one enquiry of the {@code index}-th type (0-based) by the channel in use. */
    public void tally(int index) {
        errors.clear();
        if (index < 0 || index >= types.size()) {
            return;
        }
        String type = types.get(index);
        Channel ch = channel.get();
        try {
            enquiries.record(actor, type, ch);
            counts.merge(type, 1, Integer::sum);
            total.set(total.get() + 1);
            status.set(type + " (" + ch.label().toLowerCase() + ") counted. Backspace takes it back.");
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** Takes back the last enquiry this person counted in the last few minutes. */
    public void undo() {
        errors.clear();
        try {
            Enquiries.Tally t = enquiries.undoLast(actor);
            counted(enquiries.today());
            status.set("Taken back: " + t.type() + " (" + t.channel().label().toLowerCase() + ").");
        } catch (RuntimeException e) {
            errors.show(e);
        }
    }

    /** Prints today's statistics and writes the CSV beside the PDF. */
    public void printReport() {
        errors.clear();
        status.set("");
        background.run(() -> reports.print(counter.deskDate()), r -> status.set("Today's statistics printed ("
                + Counted.of(r.stats().total(), "enquiry", "enquiries") + "). The spreadsheet copy is " + r.csv()), errors::show);
    }

    public ObservableList<String> types() {
        return types;
    }

    public ObservableMap<String, Integer> counts() {
        return counts;
    }

    public ObjectProperty<Channel> channel() {
        return channel;
    }

    public IntegerProperty total() {
        return total;
    }

    public StringProperty status() {
        return status;
    }

    public FormErrors errors() {
        return errors;
    }
}
