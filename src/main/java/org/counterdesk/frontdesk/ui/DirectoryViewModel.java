package org.counterdesk.frontdesk.ui;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.frontdesk.BusinessUnit;
import org.counterdesk.frontdesk.Contact;
import org.counterdesk.frontdesk.ContactRef;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.Host;
import org.counterdesk.frontdesk.WatchEntry;
import org.counterdesk.frontdesk.WatchList;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/**
 * The directory for administrators: hosts and business units (choose one in a list to change
 * it), and the watch list.
 */
public final class DirectoryViewModel {

    private final Actor actor;
    private final Directory directory;
    private final WatchList watchList;
    private final Background background;
    private final FormErrors errors = new FormErrors("name", "staffNumber", "email", "extension", "unit", "unitName",
            "unitEmail", "unitPhone", "watchName", "watchNote");
    private final ObservableList<Host> hosts = FXCollections.observableArrayList();
    private final ObservableList<BusinessUnit> units = FXCollections.observableArrayList();
    private final ObservableList<WatchEntry> watched = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final ListReads reads = new ListReads("the directory", errors);
    private final ObjectProperty<Long> hostId = new SimpleObjectProperty<>();
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty staffNumber = new SimpleStringProperty("");
    private final StringProperty email = new SimpleStringProperty("");
    private final StringProperty extension = new SimpleStringProperty("");
    private final ObjectProperty<BusinessUnit> unit = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> unitId = new SimpleObjectProperty<>();
    private final StringProperty unitName = new SimpleStringProperty("");
    private final StringProperty unitEmail = new SimpleStringProperty("");
    private final StringProperty unitPhone = new SimpleStringProperty("");
    private final StringProperty watchName = new SimpleStringProperty("");
    private final StringProperty watchNote = new SimpleStringProperty("");

    public DirectoryViewModel(Actor actor, Directory directory, WatchList watchList, Background background) {
        this.actor = actor;
        this.directory = directory;
        this.watchList = watchList;
        this.background = background;
    }

    public void refresh() {
        reads.read(() -> new Lists(directory.hosts(), directory.units(), watchList.all()), l -> {
            hosts.setAll(l.hosts());
            units.setAll(l.units());
            watched.setAll(l.watched());
        });
    }

    private record Lists(List<Host> hosts, List<BusinessUnit> units, List<WatchEntry> watched) {
    }

    public void editHost(Host h) {
        errors.clear();
        hostId.set(h == null ? null : h.id());
        name.set(h == null ? "" : h.name());
        staffNumber.set(h == null || h.staffNumber() == null ? "" : h.staffNumber());
        email.set(h == null || h.email() == null ? "" : h.email());
        extension.set(h == null || h.extension() == null ? "" : h.extension());
        unit.set(h == null || h.unitId() == null ? null
                : units.stream().filter(u -> u.id() == h.unitId()).findFirst().orElse(null));
    }

    public void saveHost(Runnable done) {
        errors.clear();
        var form = new Directory.HostForm(hostId.get(), name.get(), staffNumber.get(), email.get(), extension.get(),
                unit.get() == null ? null : unit.get().id());
        background.run(() -> directory.saveHost(actor, form), h -> {
            status.set((form.id() == null ? "Added " : "Saved ") + h.contact().describe() + ".");
            editHost(null);
            refresh();
            done.run();
        }, errors::show);
    }

    public void editUnit(BusinessUnit u) {
        errors.clear();
        unitId.set(u == null ? null : u.id());
        unitName.set(u == null ? "" : u.name());
        unitEmail.set(u == null || u.email() == null ? "" : u.email());
        unitPhone.set(u == null || u.phone() == null ? "" : u.phone());
    }

    public void saveUnit(Runnable done) {
        errors.clear();
        var form = new Directory.UnitForm(unitId.get(), unitName.get(), unitEmail.get(), unitPhone.get());
        background.run(() -> directory.saveUnit(actor, form), u -> {
            status.set((form.id() == null ? "Added " : "Saved ") + u.name() + ".");
            editUnit(null);
            refresh();
            done.run();
        }, errors::show);
    }

    /** Deactivates (or reactivates) the host being edited. */
    public void toggleHost(Host h) {
        if (h == null) {
            errors.setGeneral("Choose a person in the list first.");
            return;
        }
        background.run(() -> {
            directory.setActive(actor, new ContactRef(Contact.Kind.PERSON, h.id()), !h.active());
            return h;
        }, x -> {
            status.set(x.name() + (x.active() ? " deactivated: the desk no longer offers them." : " reactivated."));
            refresh();
        }, errors::show);
    }

    public void addWatch(Runnable done) {
        errors.clear();
        String n = watchName.get();
        String note = watchNote.get();
        background.run(() -> watchList.add(actor, n, note), w -> {
            status.set("Added to the watch list.");
            watchName.set("");
            watchNote.set("");
            refresh();
            done.run();
        }, errors::show);
    }

    public void removeWatch(WatchEntry w) {
        if (w == null) {
            errors.setGeneral("Choose a name on the watch list first.");
            return;
        }
        background.run(() -> {
            watchList.remove(actor, w.id());
            return w;
        }, x -> {
            status.set("Taken off the watch list.");
            refresh();
        }, errors::show);
    }

    /** The name of the person being added or changed. */
    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty staffNumberProperty() {
        return staffNumber;
    }

    public StringProperty emailProperty() {
        return email;
    }

    public StringProperty extensionProperty() {
        return extension;
    }

    /** The business unit of the person being added or changed. */
    public ObjectProperty<BusinessUnit> unitProperty() {
        return unit;
    }

    /** The name of the business unit being added or changed. */
    public StringProperty unitNameProperty() {
        return unitName;
    }

    public StringProperty unitEmailProperty() {
        return unitEmail;
    }

    public StringProperty unitPhoneProperty() {
        return unitPhone;
    }

    /** The name being put on the watch list. */
    public StringProperty watchNameProperty() {
        return watchName;
    }

    public StringProperty watchNoteProperty() {
        return watchNote;
    }

    public ObservableList<Host> hosts() {
        return hosts;
    }

    public ObservableList<BusinessUnit> units() {
        return units;
    }

    public ObservableList<WatchEntry> watched() {
        return watched;
    }

    public FormErrors errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }
}
