package org.counterdesk.setup.ui;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.counterdesk.common.Counted;
import org.counterdesk.common.ImportRefused;
import org.counterdesk.common.Refused;
import org.counterdesk.fees.FeeSchedule;
import org.counterdesk.setup.FirstRun;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.Dates;
import org.counterdesk.ui.FormErrors;

/** The two ways to start: demo data, or the organisation's own details and fee schedule. */
public final class FirstRunViewModel {

    public static final List<String> ZONES = List.of("Australia/Melbourne", "Australia/Sydney", "Australia/Brisbane",
            "Australia/Adelaide", "Australia/Darwin", "Australia/Perth", "Australia/Hobart", "Australia/Lord_Howe");

    private final FirstRun firstRun;
    private final Background background;
    private final FormErrors errors = new FormErrors("name", "abn", "address", "terminalCode", "adminNumber",
            "adminName", "adminPin", "adminPinAgain", "feeFile");

    private final Form form = new Form(text(""), text(""), text(""), new SimpleObjectProperty<>(ZONES.get(0)),
            text("CD01"), text(""), text(""), text(""), text(""), text(""));
    private final ReadOnlyStringWrapper feeSummary = new ReadOnlyStringWrapper("");
    private final Shown shown;

    /** The organisation's own details, its first administrator, and the fee schedule file to import. */
    public record Form(StringProperty name, StringProperty abn, StringProperty address, ObjectProperty<String> timeZone,
                       StringProperty terminalCode, StringProperty adminNumber, StringProperty adminName,
                       StringProperty adminPin, StringProperty adminPinAgain, StringProperty feeFile) {

        FirstRun.OrganisationForm organisation() {
            return new FirstRun.OrganisationForm(name.get(), abn.get(), address.get(), ZoneId.of(timeZone.get()),
                    terminalCode.get(), adminNumber.get(), adminName.get(), adminPin.get());
        }
    }

    /**
     * What the checked fee file holds (or every problem found in it), the refusals, and whether the demo data or
     * the setup is still being made.
     */
    public record Shown(ReadOnlyStringProperty feeSummary, ObservableList<String> feeProblems, FormErrors errors,
                        ReadOnlyBooleanProperty busy) {
    }

    public FirstRunViewModel(FirstRun firstRun, Background background) {
        this.firstRun = firstRun;
        this.background = background;
        this.shown = new Shown(feeSummary.getReadOnlyProperty(), FXCollections.observableArrayList(), errors,
                background.busy());
    }

    public void loadDemo(Runnable done) {
        errors.clear();
        background.run(() -> {
            firstRun.loadDemo();
            return null;
        }, v -> done.run(), errors::show);
    }

    /** Reads and checks the chosen fee schedule file, listing every problem found. */
    public void checkFeeFile() {
        errors.clear("feeFile");
        shown.feeProblems().clear();
        feeSummary.set("");
        String typed = form.feeFile().get();
        background.run(() -> firstRun.check(chosen(typed)), this::showSchedule, this::showFeeFailure);
    }

    public void finish(Runnable done) {
        errors.clear();
        shown.feeProblems().clear();
        if (!form.adminPin().get().equals(form.adminPinAgain().get())) {
            errors.set("adminPinAgain", "The two PINs are different: type the same PIN twice.");
            return;
        }
        FirstRun.OrganisationForm organisation = form.organisation();
        String typed = form.feeFile().get();
        background.run(() -> {
            // The file's problems come first, as the form shows them beside the file before anything else.
            Path path = chosen(typed);
            firstRun.check(path);
            firstRun.setUp(organisation, path);
            return null;
        }, v -> done.run(), this::showFeeFailure);
    }

    private static Path chosen(String typed) {
        if (typed == null || typed.isBlank()) {
            throw new Refused("feeFile", "Choose the fee schedule file (JSON) to import.");
        }
        Path path = Path.of(typed.strip());
        if (!Files.isRegularFile(path)) {
            throw new Refused("feeFile", "There is no file at " + path + ".");
        }
        return path;
    }

    private void showSchedule(FeeSchedule s) {
        LocalDate from = s.effectiveFrom();
        feeSummary.set(Counted.of(s.fees().size(), "fee", "fees") + ", in effect from " + Dates.longDate(from)
                + ". The file is ready to import.");
    }

    private void showFeeFailure(Throwable failure) {
        if (failure instanceof ImportRefused refused) {
            errors.set("feeFile", "This file cannot be imported; nothing was imported. Problems found:");
            shown.feeProblems().setAll(refused.problems());
        } else {
            errors.show(failure);
        }
    }

    private static StringProperty text(String initial) {
        return new SimpleStringProperty(initial);
    }

    public Form form() {
        return form;
    }

    public Shown shown() {
        return shown;
    }
}
