package org.counterdesk.desk;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.counterdesk.deliveries.Deliveries;
import org.counterdesk.deliveries.DeliveryEmail;
import org.counterdesk.enquiries.Enquiries;
import org.counterdesk.enquiries.EnquiryReports;
import org.counterdesk.frontdesk.Directory;
import org.counterdesk.frontdesk.FrontDeskConfig;
import org.counterdesk.frontdesk.FrontDeskJobs;
import org.counterdesk.frontdesk.MailTransport;
import org.counterdesk.frontdesk.NotificationQueued;
import org.counterdesk.frontdesk.Notifications;
import org.counterdesk.frontdesk.OutboxSender;
import org.counterdesk.frontdesk.Retention;
import org.counterdesk.frontdesk.SmtpMailer;
import org.counterdesk.journal.Journal;
import org.counterdesk.organisation.CounterSetup;
import org.counterdesk.print.Printers;
import org.counterdesk.staff.StaffService;
import org.counterdesk.store.DataFolder;
import org.counterdesk.store.Database;
import org.counterdesk.visitors.ExpectedVisits;
import org.counterdesk.visitors.VisitEmail;
import org.counterdesk.visitors.VisitorDocuments;
import org.counterdesk.visitors.Visits;
import org.counterdesk.frontdesk.WatchList;
import org.jdbi.v3.core.Jdbi;

/**
 * The front desk room wires itself: the directory and settings, the notification outbox and its
 * sender, visitors, deliveries, the enquiry tally, retention, and the background jobs (started
 * by the app with {@link #startJobs()}). It sits above {@code frontdesk}, {@code visitors},
 * {@code deliveries} and {@code enquiries} because it joins them: they stand on {@code frontdesk},
 * so the room cannot sit in it without a cycle.
 */
public final class FrontDeskRoom implements AutoCloseable {

    /** Bounds each SMTP connect, read and write. */
    public static final int SMTP_TIMEOUT_MILLIS = 10_000;

    private final Directory directory;
    private final FrontDeskConfig config;
    private final Notifications notifications;
    private final OutboxSender outbox;
    private final FrontDeskJobs jobs;
    private final WatchList watchList;
    private final Visits visits;
    private final ExpectedVisits expected;
    private final VisitorDocuments visitorDocuments;
    private final Deliveries deliveries;
    private final Enquiries enquiries;
    private final EnquiryReports enquiryReports;
    private final Retention retention;

    public FrontDeskRoom(DataFolder folder, Database database, CounterSetup counter, StaffService staff,
                         Printers printers, Journal journal, Clock clock) {
        this(folder, database.jdbi(), counter, staff, printers, journal, clock,
                new SmtpMailer(SMTP_TIMEOUT_MILLIS, clock));
    }

    FrontDeskRoom(DataFolder folder, Jdbi jdbi, CounterSetup counter, StaffService staff, Printers printers,
                  Journal journal, Clock clock, MailTransport transport) {
        this.directory = new Directory(jdbi, journal, clock);
        this.config = new FrontDeskConfig(jdbi, journal);
        this.notifications = new Notifications(jdbi, journal, clock);
        this.outbox = new OutboxSender(jdbi, config, directory, notifications, transport, clock,
                List.of(new VisitEmail(counter), new DeliveryEmail(counter)));
        NotificationQueued queued = new NotificationQueued();
        this.watchList = new WatchList(jdbi, journal, clock);
        this.visits = new Visits(jdbi, counter, directory, config, notifications, watchList, staff, journal, clock,
                queued);
        this.expected = new ExpectedVisits(jdbi, counter, directory, visits, journal, clock);
        this.visitorDocuments = new VisitorDocuments(folder, counter, printers, config, clock);
        this.deliveries = new Deliveries(jdbi, counter, directory, config, notifications, journal, clock,
                queued);
        this.enquiries = new Enquiries(jdbi, counter, config, clock);
        this.enquiryReports = new EnquiryReports(folder, counter, enquiries, printers, clock);
        this.retention = new Retention(jdbi, counter, config, journal, clock, List.of(visits.personalRecords(),
                expected.personalRecords(), deliveries.personalRecords(), visitorDocuments.files()));
        this.jobs = new FrontDeskJobs(outbox, List.of(visits::signOutAfterCloseOfBusiness, retention::runIfDue),
                Duration.ofSeconds(5), Duration.ofMinutes(1));
        queued.connect(jobs::kick);
    }

    /** Starts the outbox sender and the housekeeping (close-of-business sign-out, retention). */
    public void startJobs() {
        jobs.start();
    }

    public Directory directory() {
        return directory;
    }

    public FrontDeskConfig config() {
        return config;
    }

    public Notifications notifications() {
        return notifications;
    }

    public OutboxSender outbox() {
        return outbox;
    }

    public WatchList watchList() {
        return watchList;
    }

    public Visits visits() {
        return visits;
    }

    public ExpectedVisits expected() {
        return expected;
    }

    public VisitorDocuments visitorDocuments() {
        return visitorDocuments;
    }

    public Deliveries deliveries() {
        return deliveries;
    }

    public Enquiries enquiries() {
        return enquiries;
    }

    public EnquiryReports enquiryReports() {
        return enquiryReports;
    }

    public Retention retention() {
        return retention;
    }

    @Override
    public void close() {
        jobs.close();
    }
}
