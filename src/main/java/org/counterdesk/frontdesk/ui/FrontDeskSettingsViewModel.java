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
    private final StringProperty smtpHost = new SimpleStringProperty("");
    private final StringProperty smtpPort = new SimpleStringProperty("");
    private final ObjectProperty<SmtpSettings.Security> security = new SimpleObjectProperty<>(SmtpSettings.Security.STARTTLS);
    private final StringProperty from = new SimpleStringProperty("");
    private final StringProperty username = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final StringProperty closeOfBusiness = new SimpleStringProperty("");
    private final StringProperty retentionDays = new SimpleStringProperty("");
    private final StringProperty enquiryTypes = new SimpleStringProperty("");
    private final StringProperty badges = new SimpleStringProperty("");
    private final StringProperty badgePrinter = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final ListReads reads = new ListReads("the front desk settings", errors);

    public FrontDeskSettingsViewModel(Actor actor, FrontDeskConfig config, Background background) {
        this.actor = actor;
        this.config = config;
        this.background = background;
    }

    public void refresh() {
        status.set("");
        errors.clear();
        reads.read(config::settings, this::show);
    }

    private void show(FrontDeskSettings s) {
        SmtpSettings smtp = s.smtp().orElse(null);
        smtpHost.set(smtp == null ? "" : smtp.host());
        smtpPort.set(smtp == null ? "587" : Integer.toString(smtp.port()));
        security.set(smtp == null ? SmtpSettings.Security.STARTTLS : smtp.security());
        from.set(smtp == null ? "" : smtp.from());
        username.set(smtp == null || smtp.username() == null ? "" : smtp.username());
        password.set("");
        closeOfBusiness.set(s.closeOfBusiness().toString());
        retentionDays.set(Integer.toString(s.retentionDays()));
        enquiryTypes.set(String.join("\n", s.enquiryTypes()));
        badges.set(s.badges().toString());
        badgePrinter.set(s.badgePrinter().orElse(""));
    }

    public void save() {
        errors.clear();
        status.set("");
        var form = new FrontDeskConfig.Form(smtpHost.get(), smtpPort.get(), security.get(), from.get(), username.get(),
                password.get(), closeOfBusiness.get(), retentionDays.get(), enquiryTypes.get(), badges.get(),
                badgePrinter.get());
        background.run(() -> config.save(actor, form), saved -> {
            show(saved);
            status.set("Saved. " + saved.smtp().map(m -> "Hosts are emailed through " + m.describe() + ".")
                    .orElse("No email server: the desk tells hosts by phone.") + " Visitors' details are kept "
                    + Counted.of(saved.retentionDays(), "day", "days") + ".");
        }, errors::show);
    }

    /** The email server, or empty to tell hosts by phone. */
    public StringProperty smtpHostProperty() {
        return smtpHost;
    }

    public StringProperty smtpPortProperty() {
        return smtpPort;
    }

    public ObjectProperty<SmtpSettings.Security> securityProperty() {
        return security;
    }

    /** The address the desk's emails are sent from. */
    public StringProperty fromProperty() {
        return from;
    }

    public StringProperty usernameProperty() {
        return username;
    }

    /** A new password; empty keeps the saved one. */
    public StringProperty passwordProperty() {
        return password;
    }

    public StringProperty closeOfBusinessProperty() {
        return closeOfBusiness;
    }

    /** How many days visitors' personal details are kept. */
    public StringProperty retentionDaysProperty() {
        return retentionDays;
    }

    /** The enquiry types, one a line. */
    public StringProperty enquiryTypesProperty() {
        return enquiryTypes;
    }

    /** The range of badge numbers, such as 1-50. */
    public StringProperty badgesProperty() {
        return badges;
    }

    public StringProperty badgePrinterProperty() {
        return badgePrinter;
    }

    public FormErrors errors() {
        return errors;
    }

    public StringProperty status() {
        return status;
    }
}
