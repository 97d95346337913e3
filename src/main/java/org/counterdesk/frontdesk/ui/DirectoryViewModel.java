package org.counterdesk.frontdesk.ui;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Function;
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
    private final Shown shown = new Shown(FXCollections.observableArrayList(), FXCollections.observableArrayList(),
            FXCollections.observableArrayList(), new SimpleStringProperty(""), errors);
    private final ListReads reads = new ListReads("the directory", errors);
    private final ObjectProperty<Long> hostId = new SimpleObjectProperty<>();
    private final ObjectProperty<Long> unitId = new SimpleObjectProperty<>();
    private final Input input = new Input();

    /**
     * The three forms, each property named as its field in {@link Shown#errors()}: the person being
     * added or changed (name to unit), the business unit (unitName to unitPhone), and the name put
     * on the watch list with the note the desk sees when it comes up.
     */
    public record Input(StringProperty name, StringProperty staffNumber, StringProperty email,
                        StringProperty extension, ObjectProperty<BusinessUnit> unit, StringProperty unitName,
                        StringProperty unitEmail, StringProperty unitPhone, StringProperty watchName,
                        StringProperty watchNote) {
        Input() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleObjectProperty<>(), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleStringProperty(""));
        }
    }

    /** The people, the business units and the watch list as last read, what the last action did, and the refusals. */
    public record Shown(ObservableList<Host> hosts, ObservableList<BusinessUnit> units,
                        ObservableList<WatchEntry> watched, StringProperty status, FormErrors errors) {
    }

    public DirectoryViewModel(Actor actor, Directory directory, WatchList watchList, Background background) {
        this.actor = actor;
        this.directory = directory;
        this.watchList = watchList;
        this.background = background;
    }

    public void refresh() {
        reads.read(() -> new Read(directory.hosts(), directory.units(), watchList.all()), r -> {
            shown.hosts().setAll(r.hosts());
            shown.units().setAll(r.units());
            shown.watched().setAll(r.watched());
        });
    }

    private record Read(List<Host> hosts, List<BusinessUnit> units, List<WatchEntry> watched) {
    }

    public void editHost(Host h) {
        errors.clear();
        hostId.set(h == null ? null : h.id());
        input.name().set(text(h, Host::name));
        input.staffNumber().set(text(h, Host::staffNumber));
        input.email().set(text(h, Host::email));
        input.extension().set(text(h, Host::extension));
        input.unit().set(h == null || h.unitId() == null ? null
                : shown.units().stream().filter(u -> u.id() == h.unitId()).findFirst().orElse(null));
    }

    public void saveHost(Runnable done) {
        BusinessUnit u = input.unit().get();
        var form = new Directory.HostForm(hostId.get(), input.name().get(), input.staffNumber().get(),
                input.email().get(), input.extension().get(), u == null ? null : u.id());
        save(() -> directory.saveHost(actor, form), h -> (form.id() == null ? "Added " : "Saved ")
                + h.contact().describe() + ".", () -> editHost(null), done);
    }

    public void editUnit(BusinessUnit u) {
        errors.clear();
        unitId.set(u == null ? null : u.id());
        input.unitName().set(text(u, BusinessUnit::name));
        input.unitEmail().set(text(u, BusinessUnit::email));
        input.unitPhone().set(text(u, BusinessUnit::phone));
    }

    /** What a form field shows of {@code row}: empty when there is no row (a new one) or the detail is not given. */
    private static <T> String text(T row, Function<T, String> detail) {
        String t = row == null ? null : detail.apply(row);
        return t == null ? "" : t;
    }

    public void saveUnit(Runnable done) {
        var form = new Directory.UnitForm(unitId.get(), input.unitName().get(), input.unitEmail().get(),
                input.unitPhone().get());
        save(() -> directory.saveUnit(actor, form), u -> (form.id() == null ? "Added " : "Saved ") + u.name() + ".",
                () -> editUnit(null), done);
    }

    public void addWatch(Runnable done) {
        String n = input.watchName().get();
        String note = input.watchNote().get();
        save(() -> watchList.add(actor, n, note), w -> "Added to the watch list.", () -> {
            input.watchName().set("");
            input.watchNote().set("");
        }, done);
    }

    /**
     * Saves one of the three forms in the background; once saved, says {@code said}, empties the
     * form with {@code clear}, reads the lists again and runs {@code done}.
     */
    private <T> void save(Callable<T> work, Function<T, String> said, Runnable clear, Runnable done) {
        errors.clear();
        background.run(work, saved -> {
            shown.status().set(said.apply(saved));
            clear.run();
            refresh();
            done.run();
        }, errors::show);
    }

    /** Deactivates (or reactivates) the host being edited. */
    public void toggleHost(Host h) {
        changeChosen(h, "Choose a person in the list first.",
                x -> directory.setActive(actor, new ContactRef(Contact.Kind.PERSON, x.id()), !x.active()),
                x -> x.name() + (x.active() ? " deactivated: the desk no longer offers them." : " reactivated."));
    }

    public void removeWatch(WatchEntry w) {
        changeChosen(w, "Choose a name on the watch list first.", x -> watchList.remove(actor, x.id()),
                x -> "Taken off the watch list.");
    }

    /** Applies {@code change} to the row {@code chosen} in a list in the background, or asks for one to be chosen. */
    private <T> void changeChosen(T chosen, String chooseFirst, Consumer<T> change, Function<T, String> said) {
        if (chosen == null) {
            errors.setGeneral(chooseFirst);
            return;
        }
        background.run(() -> {
            change.accept(chosen);
            return chosen;
        }, x -> {
            shown.status().set(said.apply(x));
            refresh();
        }, errors::show);
    }

    public Input input() {
        return input;
    }

    public Shown shown() {
        return shown;
    }
}
