package org.counterdesk.printsettings.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.print.PrintSettings;
import org.counterdesk.print.Printers;
import org.counterdesk.print.ReceiptLayout;
import org.counterdesk.printsettings.PrintSetup;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** Where this counter prints (a named printer, or PDFs saved to a folder) and on which paper. */
public final class PrintSettingsViewModel {

    /** Shown in the printer list for "no printer: save the PDFs". */
    public static final String SAVE_TO_FOLDER = "No printer: save the PDFs to the printed folder";

    private final Actor actor;
    private final PrintSetup setup;
    private final Printers printers;
    private final Background background;
    private final FormErrors errors = new FormErrors();
    private final ListReads reads = new ListReads("the printers and print settings", errors);
    private final Form form = new Form(new SimpleObjectProperty<>(SAVE_TO_FOLDER),
            new SimpleObjectProperty<>(ReceiptLayout.ROLL_80MM));
    private final Shown shown = new Shown(FXCollections.observableArrayList(), new SimpleStringProperty(""), errors);

    /** The printer chosen (or {@link #SAVE_TO_FOLDER}) and the receipt paper. */
    public record Form(ObjectProperty<String> printer, ObjectProperty<ReceiptLayout> layout) {
    }

    /** The printers to choose from, what saving did, and the refusals. */
    public record Shown(ObservableList<String> printerChoices, StringProperty status, FormErrors errors) {
    }

    public PrintSettingsViewModel(Actor actor, PrintSetup setup, Background background) {
        this.actor = actor;
        this.setup = setup;
        this.printers = setup.printers();
        this.background = background;
    }

    /** Reads the stored settings and the printers the operating system offers (which can be slow). */
    public void refresh() {
        shown.status().set("");
        reads.read(() -> {
            List<String> choices = new ArrayList<>();
            choices.add(SAVE_TO_FOLDER);
            choices.addAll(printers.installed());
            return new Loaded(choices, printers.settings());
        }, loaded -> {
            PrintSettings s = loaded.settings();
            String named = s.printerName().orElse(SAVE_TO_FOLDER);
            List<String> choices = new ArrayList<>(loaded.choices());
            if (!choices.contains(named)) {
                choices.add(named);
            }
            shown.printerChoices().setAll(choices);
            form.printer().set(named);
            form.layout().set(s.receiptLayout());
        });
    }

    private record Loaded(List<String> choices, PrintSettings settings) {
    }

    public void save() {
        errors.clear();
        String chosen = form.printer().get();
        Optional<String> name = chosen == null || chosen.equals(SAVE_TO_FOLDER) ? Optional.empty() : Optional.of(chosen);
        PrintSettings settings = new PrintSettings(name, form.layout().get());
        background.run(() -> {
            setup.save(actor, settings);
            return settings;
        }, saved -> shown.status().set("Saved: " + saved.printerName().orElse("PDFs are saved to " + printers.printedFolder())
                + ", receipts on " + saved.receiptLayout().label() + "."), errors::show);
    }

    public Form form() {
        return form;
    }

    public Shown shown() {
        return shown;
    }
}
