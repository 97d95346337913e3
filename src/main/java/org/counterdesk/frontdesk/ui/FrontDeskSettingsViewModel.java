package org.counterdesk.frontdesk.ui;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.counterdesk.common.Counted;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.FrontDeskSettings;
import org.counterdesk.frontdesk.SmtpSettings;
import org.counterdesk.staff.Actor;
import org.counterdesk.ui.Background;
import org.counterdesk.ui.FormErrors;
import org.counterdesk.ui.ListReads;

/** The front desk settings for administrators: email server, close of business, retention, tally types, badges. */
public final class FrontDeskSettingsViewModel {

    private final Actor actor;
    private final FrontDeskConfig config;
    private final Background background;
    private final FormErrors errors = new FormErrors("smtpHost", "smtpPort", "from", "username", "password",
            "closeOfBusiness", "retentionDays", "enquiryTypes", "badges", "badgePrinter");
    private final Input input = new Input();
    private final Shown shown = new Shown(new SimpleStringProperty(""), errors);
    private final ListReads reads = new ListReads("the front desk settings", errors);

    /**
     * The settings as typed: the email server (empty to tell hosts by phone), its port, security,
     * the address the desk's emails are sent from, the login (a new password, empty to keep the
     * saved one), close of business, how many days visitors' personal details are kept, the
     * enquiry types (one a line), the range of badge numbers (such as 1-50) and the badge printer.
     */
    public record Input(StringProperty smtpHost, StringProperty smtpPort,
                        ObjectProperty<SmtpSettings.Security> security, StringProperty from, StringProperty username,
                        StringProperty password, StringProperty closeOfBusiness, StringProperty retentionDays,
                        StringProperty enquiryTypes, StringProperty badges, StringProperty badgePrinter) {
        Input() {
            this(new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleObjectProperty<>(SmtpSettings.Security.STARTTLS), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleStringProperty(""), new SimpleStringProperty(""), new SimpleStringProperty(""),
                    new SimpleStringProperty(""));
        }
    }

    /** What the last save did, and the refusals. */
    public record Shown(StringProperty status, FormErrors errors) {
    }

    public FrontDeskSettingsViewModel(Actor actor, FrontDeskConfig config, Background background) {
        this.actor = actor;
        this.config = config;
        this.background = background;
    }

    public void refresh() {
        shown.status().set("");
        errors.clear();
        reads.read(config::settings, this::show);
    }

    private void show(FrontDeskSettings s) {
        SmtpSettings smtp = s.smtp().orElse(null);
        input.smtpHost().set(smtp == null ? "" : smtp.host());
        input.smtpPort().set(smtp == null ? "587" : Integer.toString(smtp.port()));
        input.security().set(smtp == null ? SmtpSettings.Security.STARTTLS : smtp.security());
        input.from().set(smtp == null ? "" : smtp.from());
        input.username().set(smtp == null || smtp.username() == null ? "" : smtp.username());
        input.password().set("");
        input.closeOfBusiness().set(s.closeOfBusiness().toString());
        input.retentionDays().set(Integer.toString(s.retentionDays()));
        input.enquiryTypes().set(String.join("\n", s.enquiryTypes()));
        input.badges().set(s.badges().toString());
        input.badgePrinter().set(s.badgePrinter().orElse(""));
    }

    public void save() {
        errors.clear();
        shown.status().set("");
        var form = new FrontDeskConfig.Form(input.smtpHost().get(), input.smtpPort().get(), input.security().get(),
                input.from().get(), input.username().get(), input.password().get(), input.closeOfBusiness().get(),
                input.retentionDays().get(), input.enquiryTypes().get(), input.badges().get(),
                input.badgePrinter().get());
        background.run(() -> config.save(actor, form), saved -> {
            show(saved);
            shown.status().set("Saved. " + saved.smtp().map(m -> "Hosts are emailed through " + m.describe() + ".")
                    .orElse("No email server: the desk tells hosts by phone.") + " Visitors' details are kept "
                    + Counted.of(saved.retentionDays(), "day", "days") + ".");
        }, errors::show);
    }

    public Input input() {
        return input;
    }

    public Shown shown() {
        return shown;
    }
}
