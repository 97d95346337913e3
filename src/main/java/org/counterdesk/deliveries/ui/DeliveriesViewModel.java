package org.counterdesk.deliveries.ui;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.deliveries.Delivery;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.Notification;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.Subscription;
import org.counterdesk.frontdesk.ui.ContactChoice;
import org.counterdesk.frontdesk.ui.DeskSession;
import org.counterdesk.frontdesk.ui.NotificationText;
import org.counterdesk.frontdesk.ui.PhoneCalls;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** The delivery log: log a parcel, see what is waiting and whether its recipient knows, record its collection. */
public final class DeliveriesViewModel {

    /** A waiting delivery and how its recipient is being told. */
    public record Row(Delivery delivery, Notification notification, String told) {
    }

    /**
     * What the desk types: the delivery being logged (the consignment number, scanned or typed;
     * the carrier, kept from one delivery to the next; how many items; whom it is for), and the
     * name the person collecting the selected delivery signs with, and the delivery selected in the list.
     */
    public record Input(StringProperty consignment, StringProperty carrier, StringProperty items,
                        ContactChoice addressedTo, StringProperty collectedBy, ObjectProperty<Row> selected) {
        Input() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty("1"),
                    new ContactChoice(), new SimpleStringProperty(""), new SimpleObjectProperty<>());
        }
    }

    /**
     * The deliveries waiting, what the last action did, the refusals, whether work is under way,
     * and the zone the times are shown in.
     */
    public record Shown(ObservableList<Row> waiting, StringProperty status, FormErrors errors,
                        ReadOnlyBooleanProperty busy, ZoneId zone) {
    }

    private final DeskSession desk;
    private final Deliveries deliveries;
    private final Notifications notifications;
    private final Directory directory;
    private final FormErrors errors = new FormErrors("carrier", "consignment", "items", "addressedTo", "collectedBy");
    private final Input input = new Input();
    private final Shown shown;
    private final PhoneCalls phoneCalls;
    private final Subscription updates;
    private final ListReads reads = new ListReads("the deliveries waiting", errors);

    public DeliveriesViewModel(DeskSession desk, Deliveries deliveries, Notifications notifications,
                               Directory directory) {
        this.desk = desk;
        this.deliveries = deliveries;
        this.notifications = notifications;
        this.directory = directory;
        this.shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""), errors,
                desk.background().busy(), desk.counter().organisation().timeZone());
        this.phoneCalls = new PhoneCalls(desk.actor(), notifications, desk.background(), errors, shown.status()::set);
        this.updates = notifications.subscribe(() -> Platform.runLater(this::refresh));
    }

    /** Stops following notification changes: the screen is going away. */
    public void close() {
        updates.close();
    }

    public void refresh() {
        reads.read(() -> {
            List<Delivery> open = deliveries.uncollected();
            Map<Long, Notification> told = notifications.latestFor(Deliveries.SUBJECT,
                    open.stream().map(Delivery::id).toList());
            return open.stream().map(d -> new Row(d, told.get(d.id()),
                    NotificationText.of(told.get(d.id()), d.addressedTo(), shown.zone()))).toList();
        }, shown.waiting()::setAll);
    }

    public List<Contact> search(String query) {
        return directory.search(query, 8);
    }

    /** Logs the delivery on the form (received now, by the person signed in). */
    public void log(Runnable done) {
        errors.clear();
        shown.status().set("");
        ContactChoice to = input.addressedTo();
        var form = new Deliveries.Form(input.carrier().get(), input.consignment().get(), input.items().get(), to.ref(),
                to.typed());
        desk.background().run(() -> deliveries.log(desk.actor(), form), logged -> {
            Delivery d = logged.delivery();
            boolean phone = logged.notification().state().needsDesk();
            shown.status().set("Logged " + d.carrier() + " " + d.consignment() + " for " + d.addressedTo().describe() + ". "
                    + (phone ? "Phone them: " + d.addressedTo().phoneText() + ", then F7 with it selected."
                    : "They are being emailed."));
            input.consignment().set("");
            input.items().set("1");
            to.clear();
            refresh();
            done.run();
        }, errors::show);
    }

    /** Records who collected the selected delivery. */
    public void collect(Runnable done) {
        errors.clear();
        Row r = input.selected().get();
        if (r == null) {
            errors.set("collectedBy", "Choose the delivery in the list first (Up/Down), then type who collects it.");
            return;
        }
        String who = input.collectedBy().get();
        desk.background().run(() -> deliveries.collect(desk.actor(), r.delivery().id(), who), d -> {
            shown.status().set(d.carrier() + " " + d.consignment() + " collected by " + d.collectedBy() + ".");
            input.collectedBy().set("");
            refresh();
            done.run();
        }, errors::show);
    }

    /** Records that the selected delivery's recipient was told by phone. */
    public void toldByPhone() {
        Row r = input.selected().get();
        phoneCalls.record(r == null ? null : r.notification(), r == null ? null : r.delivery().addressedTo(),
                "Choose a delivery whose recipient has not been told yet.", this::refresh);
    }

    public Input input() {
        return input;
    }

    public Shown shown() {
        return shown;
    }
}
